package nl.netwerkkaart.community;

import java.time.LocalDate;
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
import nl.netwerkkaart.Today;
import nl.netwerkkaart.security.CurrentUser;
import nl.netwerkkaart.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CommunityResourceService {

    /** Source of changes made through the GraphQL mutations, as opposed to an import. */
    static final String MANUAL = "netwerkkaart";

    private final CommunityResourceRepository resources;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final Today today;

    CommunityResourceService(CommunityResourceRepository resources, InputValidator validator, CurrentUser currentUser,
                             Today today) {
        this.resources = resources;
        this.validator = validator;
        this.currentUser = currentUser;
        this.today = today;
    }

    /**
     * Resources of the signed-in user's municipality (all of them for a user without one) not verified within the
     * configured period, in any status but DEFUNCT, so the municipality can check them.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    Connection<CommunityResource> staleResources(PageRequest page) {
        var municipalityId = currentUser.get().municipalityId();
        return resources.stale(municipalityId == null ? null : municipalityId.toLowerCase(),
                List.of(ResourceStatus.ACTIVE.name(), ResourceStatus.INACTIVE.name(), ResourceStatus.TEMPORARILY_CLOSED.name()), page);
    }

    Map<String, List<ResourceChange>> changes(Collection<String> ids) {
        return resources.changes(ids);
    }

    /** Marks a resource's details as checked today (or on the given day), which clears its stale flag. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    CommunityResourcePayload verify(VerifyCommunityResourceInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (errors.isEmpty()) {
            UserError.unknownId(input.id(), this::mayChange, "community resource").ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            return CommunityResourcePayload.failed(errors);
        }
        var id = input.id().toLowerCase();
        var verifiedAt = input.verifiedAt() == null ? today.date() : input.verifiedAt();
        var resource = resources.verify(id, verifiedAt);
        resources.recordChange(id, "VERIFY", List.of("lastVerifiedAt"), currentUser.get().userId(), MANUAL);
        return CommunityResourcePayload.of(resource);
    }

    /**
     * Whether the signed-in user may change this existing resource: an administrator any, a municipality user only
     * those located in their own municipality. Another municipality's resource looks like a missing one.
     */
    private boolean mayChange(String id) {
        if (!resources.exists(id)) {
            return false;
        }
        var user = currentUser.get();
        return user.role() != Role.MUNICIPALITY || (user.municipalityId() != null
                && resources.locatedIn(id, user.municipalityId().toLowerCase()));
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
        if (!errors.isEmpty()) {
            return CommunityResourcePayload.failed(errors);
        }
        var resource = resources.save(Ids.newId(), input);
        resources.recordChange(resource.id(), "CREATE", List.of("*"), currentUser.get().userId(), MANUAL);
        return CommunityResourcePayload.of(resource);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    CommunityResourcePayload update(CommunityResourceInput input) {
        var errors = check(input);
        if (errors.isEmpty()) {
            UserError.unknownId(input.id(), this::mayChange, "community resource").ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            return CommunityResourcePayload.failed(errors);
        }
        var resource = resources.save(input.id().toLowerCase(), input);
        resources.recordChange(resource.id(), "UPDATE", List.of("*"), currentUser.get().userId(), MANUAL);
        return CommunityResourcePayload.of(resource);
    }

    /** Nothing refers to community resources yet, so an existing one can always go. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    DeletePayload delete(String id) {
        if (!Ids.isUuid(id)) {
            return DeletePayload.failed(UserError.invalid("input.id", "must be a UUID"));
        }
        if (!mayChange(id.toLowerCase())) {
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
        else if (!mayLocateIn(input.locationId().toLowerCase())) {
            errors.add(UserError.invalid("input.locationId", "must be an area of your own municipality"));
        }
        notFound(errors, "input.servesAreaIds", input.servesAreaIds(), missing.areas()::contains, "area");
        return errors;
    }

    /** A municipality user places resources only in their own municipality. */
    private boolean mayLocateIn(String areaId) {
        var user = currentUser.get();
        return user.role() != Role.MUNICIPALITY
                || (user.municipalityId() != null && resources.areaIn(areaId, user.municipalityId().toLowerCase()));
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
                kinds == null ? null : kinds.stream().map(Enum::name).toList(),
                filter.stale(),
                filter.flagged());
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
