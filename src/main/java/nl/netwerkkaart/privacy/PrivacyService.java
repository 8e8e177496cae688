package nl.netwerkkaart.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.Today;
import nl.netwerkkaart.access.FamilyGate;
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

    private final PrivacyRepository repository;
    private final InputValidator validator;
    private final FamilyGate gate;
    private final Today today;

    PrivacyService(PrivacyRepository repository, InputValidator validator, FamilyGate gate, Today today) {
        this.repository = repository;
        this.validator = validator;
        this.gate = gate;
        this.today = today;
    }

    /** The export, or empty when the family does not exist or is not the user's to change: the two look the same. */
    Optional<FamilyExport> export(String familyId) {
        var id = Ids.require("id", familyId);
        // exporting everything is the coach's right of access for the family: the rule of changing it
        if (!gate.mayChange(AuditAction.EXPORT, id, "Family", id)) {
            return Optional.empty();
        }
        var exportedAt = today.now();
        var export = repository.export(id, exportedAt).map(document -> new FamilyExport(id, exportedAt, document));
        export.ifPresent(found -> gate.granted(AuditAction.EXPORT, id, "Family", id));
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
        repository.countErasure(familyId, today.date().getYear());
        var erased = EraseFamilyPayload.erased(familyId, repository.erase(familyId));
        // the event keeps the family id but no link to the erased family, so the trail outlives it
        gate.granted(AuditAction.ERASE, familyId, "Family", familyId);
        return erased;
    }

    private List<UserError> check(EraseFamilyInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (Ids.isUuid(input.familyId())) {
            var familyId = input.familyId().toLowerCase();
            var name = gate.mayChange(AuditAction.ERASE, familyId, "Family", familyId)
                    ? repository.name(familyId) : Optional.<String>empty();
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
