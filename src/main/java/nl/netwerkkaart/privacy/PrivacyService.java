package nl.netwerkkaart.privacy;

import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.audit.AuditService;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.security.FamilyAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's AVG rights of access, portability and erasure. Only the family's coach exercises them on the family's
 * behalf; for anyone else the family looks exactly like an unknown one.
 */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional(readOnly = true)
class PrivacyService {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final PrivacyRepository repository;
    private final InputValidator validator;
    private final FamilyAccess access;
    private final AuditService audit;

    PrivacyService(PrivacyRepository repository, InputValidator validator, FamilyAccess access, AuditService audit) {
        this.repository = repository;
        this.validator = validator;
        this.access = access;
        this.audit = audit;
    }

    /** The export, or empty when the family does not exist or is not the user's to change: the two look the same. */
    @Transactional
    Optional<FamilyExport> export(String familyId) {
        var id = Ids.require("id", familyId);
        if (!access.mayWrite(id)) {
            audit.familyAccessDenied(AuditAction.EXPORT, id, "Family", id);
            return Optional.empty();
        }
        var exportedAt = OffsetDateTime.now(AMSTERDAM).truncatedTo(ChronoUnit.MILLIS);
        var export = repository.export(id, exportedAt).map(document -> new FamilyExport(id, exportedAt, document));
        export.ifPresent(found -> audit.familyAccess(AuditAction.EXPORT, id, "Family", id));
        return export;
    }

    /** Counts the family into the anonymous statistics, then erases it; all checks come first. */
    @Transactional
    EraseFamilyPayload erase(EraseFamilyInput input) {
        var errors = check(input);
        if (!errors.isEmpty()) {
            return EraseFamilyPayload.failed(errors);
        }
        var familyId = input.familyId().toLowerCase();
        repository.countErasure(familyId, Year.now(AMSTERDAM).getValue());
        var erased = EraseFamilyPayload.erased(familyId, repository.erase(familyId));
        // the event keeps the family id but no link to the erased family, so the trail outlives it
        audit.familyAccess(AuditAction.ERASE, familyId, "Family", familyId);
        return erased;
    }

    private List<UserError> check(EraseFamilyInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (Ids.isUuid(input.familyId())) {
            var familyId = input.familyId().toLowerCase();
            var name = access.mayWrite(familyId) ? repository.name(familyId) : Optional.<String>empty();
            if (name.isEmpty()) {
                errors.add(UserError.notFound("input.familyId", "family"));
            }
            else if (errors.isEmpty() && !name.get().equals(input.confirmName().strip())) {
                errors.add(UserError.invalid("input.confirmName", "must be the family's name exactly as stored"));
            }
        }
        return errors;
    }
}
