package nl.netwerkkaart.community;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.DeletePayload;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.InvalidInputException;
import nl.netwerkkaart.api.Limits;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.community.CommunityResource.ResourceStatus;
import nl.netwerkkaart.graph.FullText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CommunityResourceService {

    private final CommunityResourceRepository resources;
    private final InputValidator validator;

    CommunityResourceService(CommunityResourceRepository resources, InputValidator validator) {
        this.resources = resources;
        this.validator = validator;
    }

    public Optional<CommunityResource> communityResource(String id) {
        return resources.findById(Ids.require("id", id));
    }

    public Connection<CommunityResource> communityResources(ResourceFilter filter, PageRequest page) {
        return resources.find(criteria(filter == null ? ResourceFilter.NONE : filter), page);
    }

    Map<String, List<String>> lifeDomains(Collection<String> ids) {
        return resources.lifeDomains(ids);
    }

    Map<String, List<ResourceExpertise>> expertises(Collection<String> ids) {
        return resources.expertises(ids);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    CommunityResourcePayload create(CommunityResourceInput input) {
        var errors = check(input);
        return errors.isEmpty()
                ? CommunityResourcePayload.of(resources.save(Ids.newId(), input))
                : CommunityResourcePayload.failed(errors);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    CommunityResourcePayload update(CommunityResourceInput input) {
        var errors = check(input);
        if (errors.isEmpty()) {
            UserError.unknownId(input.id(), resources::exists, "community resource").ifPresent(errors::add);
        }
        return errors.isEmpty()
                ? CommunityResourcePayload.of(resources.save(input.id().toLowerCase(), input))
                : CommunityResourcePayload.failed(errors);
    }

    /** Nothing refers to community resources yet, so an existing one can always go. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    DeletePayload delete(String id) {
        if (!Ids.isUuid(id)) {
            return DeletePayload.failed(UserError.invalid("input.id", "must be a UUID"));
        }
        if (!resources.exists(id.toLowerCase())) {
            return DeletePayload.failed(UserError.notFound("input.id", "community resource"));
        }
        resources.delete(id.toLowerCase());
        return DeletePayload.deleted(id.toLowerCase());
    }

    /** Field constraints and cross-field rules first; only a well-formed input has its references looked up. */
    private ArrayList<UserError> check(CommunityResourceInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (input.minimumAge() != null && input.maximumAge() != null && input.minimumAge() > input.maximumAge()) {
            errors.add(UserError.invalid("input.maximumAge", "must not be below minimumAge"));
        }
        if (input.lifeDomainCodes().isEmpty() && input.expertiseIdList().isEmpty()) {
            errors.add(UserError.invalid("input.lifeDomains", "name at least one life domain or expertise the resource addresses"));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        var areaIds = new ArrayList<>(input.servesAreaIds());
        areaIds.add(input.locationId());
        var organisationIds = input.organisationId() == null ? List.<String>of() : List.of(input.organisationId());
        var missing = resources.missing(CommunityResourceRepository.lowerCase(input.expertiseIdList()),
                CommunityResourceRepository.lowerCase(areaIds), CommunityResourceRepository.lowerCase(organisationIds));
        notFound(errors, "input.expertiseIds", input.expertiseIdList(), missing.expertises()::contains, "expertise");
        if (input.organisationId() != null && missing.organisations().contains(input.organisationId().toLowerCase())) {
            errors.add(UserError.notFound("input.organisationId", "organisation"));
        }
        if (missing.areas().contains(input.locationId().toLowerCase())) {
            errors.add(UserError.notFound("input.locationId", "area"));
        }
        notFound(errors, "input.servesAreaIds", input.servesAreaIds(), missing.areas()::contains, "area");
        return errors;
    }

    private static void notFound(List<UserError> errors, String field, List<String> ids, Predicate<String> isMissing, String type) {
        for (int i = 0; i < ids.size(); i++) {
            if (isMissing.test(ids.get(i).toLowerCase())) {
                errors.add(UserError.notFound(field + "[" + i + "]", type));
            }
        }
    }

    /** Checks the filter argument naming the offending field, and turns it into query parameters. */
    private static CommunityResourceRepository.Criteria criteria(ResourceFilter filter) {
        if (filter.age() != null && (filter.age() < 0 || filter.age() > CommunityResourceInput.MAX_AGE)) {
            throw new InvalidInputException("filter.age", "must be between 0 and " + CommunityResourceInput.MAX_AGE);
        }
        var languages = list("filter.languages", filter.languages());
        if (languages != null) {
            for (int i = 0; i < languages.size(); i++) {
                if (!languages.get(i).matches(Limits.LANGUAGE_PATTERN)) {
                    throw new InvalidInputException("filter.languages[" + i + "]", CommunityResourceInput.LANGUAGE_MESSAGE);
                }
            }
        }
        var statuses = list("filter.statuses", filter.statuses());
        var kinds = list("filter.kinds", filter.kinds());
        return new CommunityResourceRepository.Criteria(
                FullText.query("filter.text", filter.text()),
                list("filter.lifeDomains", filter.lifeDomains()),
                Ids.requireAll("filter.expertiseIds", list("filter.expertiseIds", filter.expertiseIds())),
                Ids.requireAll("filter.areaIds", list("filter.areaIds", filter.areaIds())),
                filter.age(),
                languages,
                statuses == null ? List.of(ResourceStatus.ACTIVE.name()) : statuses.stream().map(Enum::name).toList(),
                kinds == null ? null : kinds.stream().map(Enum::name).toList());
    }

    /** An empty list filters nothing, like an absent one; an over-long one is refused. */
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
