package nl.netwerkkaart.family;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.access.FamilyGate;
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
import nl.netwerkkaart.area.AreaService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
// Family data is for coaches and professionals only, never for the municipality or an administrator.
@PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
@Transactional(readOnly = true)
public class FamilyService {

    private final FamilyRepository families;
    private final AreaService areas;
    private final InputValidator validator;
    private final FamilyGate gate;

    FamilyService(FamilyRepository families, AreaService areas, InputValidator validator, FamilyGate gate) {
        this.families = families;
        this.areas = areas;
        this.validator = validator;
        this.gate = gate;
    }

    /** The family, or empty when it does not exist or the user may not see it: the two look the same. */
    public Optional<Family> family(String familyId) {
        var id = Ids.require("id", familyId);
        return gate.read(AuditAction.READ, id, "Family", id, () -> families.findById(id));
    }

    public Connection<Family> families(String text, String areaId, String coachId, PageRequest page) {
        if (text != null && text.length() > Limits.NAME) {
            throw new InvalidInputException("text", "must be at most " + Limits.NAME + " characters");
        }
        var found = families.find(text == null || text.isBlank() ? null : text.strip(),
                areaId == null ? null : Ids.require("areaId", areaId),
                coachId == null ? null : Ids.require("coachId", coachId), gate.scope(), page);
        // every family on the page is a client whose data was searched
        gate.read(AuditAction.SEARCH, found.edges().stream().map(edge -> edge.node().id()).toList(), "Family");
        return found;
    }

    /** The families with these ids, keyed by id; for other features' batch mappings. */
    public Map<String, Family> families(Collection<String> ids) {
        return families.byIds(ids);
    }

    Map<String, FamilyCoach> coaches(Collection<String> familyIds) {
        return families.coaches(familyIds);
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    FamilyPayload create(FamilyInput input) {
        var errors = check(input);
        if (errors.isEmpty() && !input.coachId().equalsIgnoreCase(String.valueOf(gate.ownProfessionalId()))) {
            gate.refused(AuditAction.CREATE, null, "Family", input.coachId().toLowerCase());
            errors.add(UserError.invalid("input.coachId", "must be yourself: a coach registers the families they coach"));
        }
        if (!errors.isEmpty()) {
            return FamilyPayload.failed(errors);
        }
        var family = families.save(Ids.newId(), input);
        gate.granted(AuditAction.CREATE, family.id(), "Family", family.id());
        return FamilyPayload.of(family);
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    FamilyPayload update(FamilyInput input) {
        var errors = check(input);
        if (input.id() == null || Ids.isUuid(input.id())) {
            UserError.unknownId(input.id(), familyId -> mayChange(AuditAction.UPDATE, familyId), "family").ifPresent(errors::add);
        }
        if (errors.isEmpty()) {
            families.lockedVersion(input.id().toLowerCase())
                    .filter(version -> input.expectedVersion() != null && version != input.expectedVersion().intValue())
                    .ifPresent(version -> errors.add(UserError.changedSince("family", version)));
        }
        if (!errors.isEmpty()) {
            return FamilyPayload.failed(errors);
        }
        var family = families.save(input.id().toLowerCase(), input);
        gate.granted(AuditAction.UPDATE, family.id(), "Family", family.id());
        return FamilyPayload.of(family);
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    DeletePayload delete(String familyId) {
        return References.deleteUnlessReferenced(familyId, "family",
                id -> mayChange(AuditAction.DELETE, id) ? families.references(id) : Map.of(),
                id -> {
                    families.delete(id);
                    gate.granted(AuditAction.DELETE, id, "Family", id);
                });
    }

    private boolean mayChange(AuditAction action, String familyId) {
        return gate.mayChange(action, familyId, "Family", familyId);
    }

    /** Constraint violations plus references to missing or unfit areas and coaches; ids are checked once well formed. */
    private ArrayList<UserError> check(FamilyInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (Ids.isUuid(input.areaId())) {
            var area = areas.area(input.areaId());
            if (area.isEmpty()) {
                errors.add(UserError.notFound("input.areaId", "area in your municipality"));
            }
            else if (!gate.inOwnMunicipality(area.get().id())) {
                // a family of another municipality is out of reach, like one that does not exist
                gate.refused(input.id() == null ? AuditAction.CREATE : AuditAction.UPDATE,
                        input.id() == null || !Ids.isUuid(input.id()) ? null : input.id().toLowerCase(), "Family", area.get().id());
                errors.add(UserError.notFound("input.areaId", "area in your municipality"));
            }
            else if (area.get().kind() == Area.AreaKind.MUNICIPALITY) {
                errors.add(UserError.invalid("input.areaId", "must be a kern or wijk, not a whole municipality"));
            }
        }
        if (Ids.isUuid(input.coachId())) {
            var coach = families.isCoach(input.coachId().toLowerCase());
            if (coach.isEmpty()) {
                errors.add(UserError.notFound("input.coachId", "professional"));
            }
            else if (!coach.get()) {
                errors.add(UserError.invalid("input.coachId", "must be a professional with the coach role"));
            }
        }
        return errors;
    }
}
