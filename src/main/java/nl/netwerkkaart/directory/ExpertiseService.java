package nl.netwerkkaart.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.DeletePayload;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.api.References;
import nl.netwerkkaart.api.UserError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ExpertiseService {

    private final ExpertiseRepository expertises;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;

    ExpertiseService(ExpertiseRepository expertises, InputValidator validator, ApplicationEventPublisher events) {
        this.expertises = expertises;
        this.validator = validator;
        this.events = events;
    }

    /** Tells readers of the taxonomy (the needs analysis) to read it again once this transaction ends. */
    private Expertise changed(Expertise expertise) {
        events.publishEvent(new ExpertiseTaxonomyChanged(expertise.id()));
        return expertise;
    }

    public Optional<Expertise> expertise(String id) {
        return expertises.findById(Ids.require("id", id));
    }

    public Connection<Expertise> expertises(String text, PageRequest page) {
        return expertises.find(text, page);
    }

    /** Which of these (well-formed, lower-case) ids are expertises; for checking references in mutation inputs. */
    public Set<String> existing(Collection<String> ids) {
        return expertises.existing(ids);
    }

    Map<String, List<LifeDomain>> lifeDomains(Collection<String> ids) {
        return expertises.lifeDomains(ids);
    }

    Map<String, List<Expertise>> broader(Collection<String> ids) {
        return expertises.broader(ids);
    }

    Map<String, List<Expertise>> narrower(Collection<String> ids) {
        return expertises.narrower(ids);
    }

    Map<String, Integer> professionalCounts(Collection<String> ids) {
        return expertises.professionalCounts(ids);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    ExpertisePayload create(ExpertiseInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (errors.isEmpty()) {
            errors.addAll(checkReferences(null, input));
        }
        return errors.isEmpty()
                ? ExpertisePayload.of(changed(expertises.save(Ids.newId(), input)))
                : ExpertisePayload.failed(errors);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    ExpertisePayload update(ExpertiseInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (errors.isEmpty()) {
            UserError.unknownId(input.id(), id -> expertises.findById(id).isPresent(), "expertise").ifPresent(errors::add);
        }
        if (errors.isEmpty()) {
            errors.addAll(checkReferences(input.id().toLowerCase(), input));
        }
        return errors.isEmpty()
                ? ExpertisePayload.of(changed(expertises.save(input.id().toLowerCase(), input)))
                : ExpertisePayload.failed(errors);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    DeletePayload delete(String id) {
        return References.deleteUnlessReferenced(id, "expertise", expertises::references, deleted -> {
            expertises.delete(deleted);
            events.publishEvent(new ExpertiseTaxonomyChanged(deleted));
        });
    }

    /** Name clashes and broader terms that do not exist or would close a BROADER cycle; {@code id} is null on create. */
    private List<UserError> checkReferences(String id, ExpertiseInput input) {
        var errors = new ArrayList<UserError>();
        if (expertises.nameTaken(input.name().strip(), id)) {
            errors.add(UserError.conflict("input.name", "Another expertise already has this name"));
        }
        var broaderIds = input.broaderIds() == null ? List.<String>of() : input.broaderIds().stream().map(String::toLowerCase).toList();
        var existing = expertises.existing(broaderIds);
        var cyclic = id == null ? Set.<String>of() : expertises.selfOrNarrower(id, broaderIds);
        for (int i = 0; i < broaderIds.size(); i++) {
            var broaderId = broaderIds.get(i);
            if (!existing.contains(broaderId)) {
                errors.add(UserError.notFound("input.broaderIds[" + i + "]", "expertise"));
            }
            else if (cyclic.contains(broaderId)) {
                errors.add(UserError.invalid("input.broaderIds[" + i + "]",
                        "is this expertise itself or one of its narrower terms, which would make a cycle"));
            }
        }
        return errors;
    }
}
