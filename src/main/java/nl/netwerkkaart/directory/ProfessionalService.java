package nl.netwerkkaart.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.DeletePayload;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.InvalidInputException;
import nl.netwerkkaart.api.Limits;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.api.References;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.area.Area;
import nl.netwerkkaart.area.AreaLink;
import nl.netwerkkaart.area.AreaService;
import nl.netwerkkaart.graph.FullText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ProfessionalService {

    private static final Pattern LANGUAGE = Pattern.compile(Limits.LANGUAGE_PATTERN);

    private final ProfessionalRepository professionals;
    private final ExpertiseService expertises;
    private final OrganisationService organisations;
    private final AreaService areas;
    private final InputValidator validator;

    ProfessionalService(ProfessionalRepository professionals, ExpertiseService expertises, OrganisationService organisations,
                        AreaService areas, InputValidator validator) {
        this.professionals = professionals;
        this.expertises = expertises;
        this.organisations = organisations;
        this.areas = areas;
        this.validator = validator;
    }

    public Optional<Professional> professional(String id) {
        return professionals.findById(Ids.require("id", id));
    }

    /** A page of professionals read together with the related items the request asks for, in one statement. */
    ProfessionalRepository.Page professionals(ProfessionalFilter filter, PageRequest page, ProfessionalRepository.Related related) {
        return professionals.find(criteria(filter == null ? emptyFilter() : filter), page, related);
    }

    Map<String, List<ProfessionalExpertise>> expertises(Collection<String> ids) {
        return professionals.expertises(ids);
    }

    Map<String, Organisation> employers(Collection<String> ids) {
        return organisations.employers(ids);
    }

    Map<String, List<Area>> servedAreas(Collection<String> ids) {
        return areas.linked(AreaLink.PROFESSIONAL_SERVES, ids);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    ProfessionalPayload create(ProfessionalInput input) {
        var errors = check(input);
        return errors.isEmpty()
                ? ProfessionalPayload.of(professionals.save(Ids.newId(), input))
                : ProfessionalPayload.failed(errors);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    ProfessionalPayload update(ProfessionalInput input) {
        var errors = check(input);
        if (errors.isEmpty()) {
            UserError.unknownId(input.id(), professionals::exists, "professional").ifPresent(errors::add);
        }
        if (errors.isEmpty() && !input.coach() && professionals.coachedFamilies(input.id().toLowerCase()) > 0) {
            errors.add(UserError.invalid("input.coach", "must stay true while the professional coaches families"));
        }
        return errors.isEmpty()
                ? ProfessionalPayload.of(professionals.save(input.id().toLowerCase(), input))
                : ProfessionalPayload.failed(errors);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    DeletePayload delete(String id) {
        return References.deleteUnlessReferenced(id, "professional", professionals::references, professionals::delete);
    }

    /** Bean Validation first; references are only looked up once every id is well-formed. */
    private ArrayList<UserError> check(ProfessionalInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (!errors.isEmpty()) {
            return errors;
        }
        if (!organisations.exists(input.organisationId())) {
            errors.add(UserError.notFound("input.organisationId", "organisation"));
        }
        for (int i = 0; i < input.areaIds().size(); i++) {
            if (!areas.exists(input.areaIds().get(i))) {
                errors.add(UserError.notFound("input.areaIds[" + i + "]", "area"));
            }
        }
        var expertiseIds = input.expertises().stream().map(e -> e.expertiseId().toLowerCase()).toList();
        var existing = expertises.existing(expertiseIds);
        var seen = new HashSet<String>();
        for (int i = 0; i < expertiseIds.size(); i++) {
            var field = "input.expertises[" + i + "].expertiseId";
            if (!seen.add(expertiseIds.get(i))) {
                errors.add(UserError.invalid(field, "lists an expertise that is already listed"));
            }
            else if (!existing.contains(expertiseIds.get(i))) {
                errors.add(UserError.notFound(field, "expertise"));
            }
        }
        return errors;
    }

    private static ProfessionalFilter emptyFilter() {
        return new ProfessionalFilter(null, null, null, null, null, null, null, null);
    }

    private static ProfessionalRepository.Criteria criteria(ProfessionalFilter filter) {
        var lifeDomains = list("filter.lifeDomains", filter.lifeDomains());
        var languages = list("filter.languages", filter.languages());
        if (languages != null) {
            for (int i = 0; i < languages.size(); i++) {
                if (languages.get(i) == null || !LANGUAGE.matcher(languages.get(i)).matches()) {
                    throw new InvalidInputException("filter.languages[" + i + "]", "must be an ISO 639-1 code such as nl");
                }
            }
        }
        return new ProfessionalRepository.Criteria(
                FullText.query("filter.text", filter.text()),
                Ids.requireAll("filter.expertiseIds", list("filter.expertiseIds", filter.expertiseIds())),
                lifeDomains == null ? null : lifeDomains.stream().map(Enum::name).toList(),
                Ids.requireAll("filter.areaIds", list("filter.areaIds", filter.areaIds())),
                languages,
                filter.acceptingClients(),
                Ids.requireAll("filter.organisationIds", list("filter.organisationIds", filter.organisationIds())),
                filter.coach());
    }

    /** An absent or empty list does not filter; a longer list than {@link Limits#LIST} is refused. */
    private static <T> List<T> list(String field, List<T> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > Limits.LIST) {
            throw new InvalidInputException(field, "must have at most " + Limits.LIST + " items");
        }
        return values;
    }
}
