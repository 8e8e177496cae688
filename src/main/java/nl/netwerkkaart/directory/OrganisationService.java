package nl.netwerkkaart.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.DeletePayload;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.api.References;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.area.AreaService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final AreaService areas;
    private final InputValidator validator;

    OrganisationService(OrganisationRepository organisations, AreaService areas, InputValidator validator) {
        this.organisations = organisations;
        this.areas = areas;
        this.validator = validator;
    }

    public Optional<Organisation> organisation(String id) {
        return organisations.findById(Ids.require("id", id));
    }

    public Connection<Organisation> organisations(String text, PageRequest page) {
        return organisations.find(text, page);
    }

    public boolean exists(String id) {
        return organisations.exists(id.toLowerCase());
    }

    /** The employer of each professional id. */
    public Map<String, Organisation> employers(Collection<String> professionalIds) {
        return organisations.employers(professionalIds);
    }

    /** The organisation offering each community resource id, where there is one. */
    public Map<String, Organisation> offerers(Collection<String> resourceIds) {
        return organisations.offerers(resourceIds);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    OrganisationPayload create(OrganisationInput input) {
        var errors = check(input);
        return errors.isEmpty()
                ? OrganisationPayload.of(organisations.save(Ids.newId(), input))
                : OrganisationPayload.failed(errors);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    OrganisationPayload update(OrganisationInput input) {
        var errors = check(input);
        if (errors.isEmpty()) {
            UserError.unknownId(input.id(), organisations::exists, "organisation").ifPresent(errors::add);
        }
        return errors.isEmpty()
                ? OrganisationPayload.of(organisations.save(input.id().toLowerCase(), input))
                : OrganisationPayload.failed(errors);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    DeletePayload delete(String id) {
        return References.deleteUnlessReferenced(id, "organisation", organisations::references, organisations::delete);
    }

    private ArrayList<UserError> check(OrganisationInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (errors.isEmpty() && input.areaId() != null && !areas.exists(input.areaId())) {
            errors.add(UserError.notFound("input.areaId", "area"));
        }
        return errors;
    }
}
