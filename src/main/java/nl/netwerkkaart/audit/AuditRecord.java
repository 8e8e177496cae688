package nl.netwerkkaart.audit;

import java.util.List;
import java.util.Objects;

import nl.netwerkkaart.api.Limits;

/**
 * What a caller tells {@link AuditService} about one access; who, when, from where and the event id are added by the
 * service.
 *
 * @param action       what was done
 * @param outcome      how it ended; {@link AuditService#recordDenied} always stores {@link AuditOutcome#DENIED}
 * @param familyId     the client: the family whose data was touched; null only for access that concerns no family
 *                     (e.g. verifying the chain). Kept after the family is erased.
 * @param personIds    family members whose data was touched
 * @param objectTypes  kinds of data touched, as labels or GraphQL type names, e.g. {@code Family}, {@code HelpQuestion}
 * @param objectIds    ids of the touched objects
 * @param purposeOfUse why
 * @param detail       a short note without personal data, e.g. {@code "tent session invitation"}; may be null
 * @param onBehalfOf   user id of the person this access was done for, if not the signed-in user; may be null
 */
public record AuditRecord(AuditAction action, AuditOutcome outcome, String familyId, List<String> personIds,
                          List<String> objectTypes, List<String> objectIds, PurposeOfUse purposeOfUse, String detail,
                          String onBehalfOf) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(purposeOfUse, "purposeOfUse");
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        objectTypes = objectTypes == null ? List.of() : List.copyOf(objectTypes);
        objectIds = objectIds == null ? List.of() : List.copyOf(objectIds);
        if (detail != null && detail.length() > Limits.SHORT_TEXT) {
            throw new IllegalArgumentException("Audit detail is longer than " + Limits.SHORT_TEXT + " characters");
        }
    }

    /** An access by the signed-in user on their own behalf. */
    public AuditRecord(AuditAction action, AuditOutcome outcome, String familyId, List<String> personIds,
                       List<String> objectTypes, List<String> objectIds, PurposeOfUse purposeOfUse, String detail) {
        this(action, outcome, familyId, personIds, objectTypes, objectIds, purposeOfUse, detail, null);
    }

    AuditRecord denied() {
        return new AuditRecord(action, AuditOutcome.DENIED, familyId, personIds, objectTypes, objectIds, purposeOfUse,
                detail, onBehalfOf);
    }
}
