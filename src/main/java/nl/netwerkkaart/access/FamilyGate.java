package nl.netwerkkaart.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import nl.netwerkkaart.access.FamilyAccess.Need;
import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.audit.AuditOutcome;
import nl.netwerkkaart.audit.AuditRecord;
import nl.netwerkkaart.audit.AuditService;
import nl.netwerkkaart.audit.AuditedChange;
import nl.netwerkkaart.audit.PurposeOfUse;
import org.springframework.stereotype.Component;

/**
 * The one gate through which every feature reads and changes a family's data. Each check asks the access rule
 * ({@link FamilyAccess}) and writes the NEN 7513 event of its outcome: a refusal as DENIED, committed at once (kept
 * when the caller rolls back); an access as SUCCESS with the caller's transaction: a change's event in it, so the data
 * and its event commit together or not at all, and a read's by group commit with other reads' events before the
 * read's transaction commits, so no family data leaves without its event (the start-up warm-up's reads, which leave
 * for no one, write none: {@code UnauditedWarmUp}). Features never ask the rule or write family events themselves.
 * <p>
 * A family the user may not see answers like one that does not exist: callers turn a refusal into NOT_FOUND.
 * Object types name the kind of data touched ({@code Family}, {@code HelpQuestion}, ...), object ids the item.
 */
@Component
public class FamilyGate {

    private final FamilyAccess access;
    private final AuditService audit;

    FamilyGate(FamilyAccess access, AuditService audit) {
        this.access = access;
        this.audit = audit;
    }

    /** Whether the user may read the item; the read or its refusal is audited as {@code action}. */
    public boolean read(AuditAction action, String familyId, String objectType, String objectId) {
        return checked(Need.READ, action, familyId, objectType, objectId, true);
    }

    /**
     * The item from {@code fetch} when the user may read the family; empty when refused (audited as DENIED) or when
     * there is nothing (no event: nothing was read).
     */
    public <T> Optional<T> read(AuditAction action, String familyId, String objectType, String objectId,
                                Supplier<Optional<T>> fetch) {
        if (!checked(Need.READ, action, familyId, objectType, objectId, false)) {
            return Optional.empty();
        }
        var found = fetch.get();
        found.ifPresent(item -> audit.familyAccess(action, familyId, objectType, objectId));
        return found;
    }

    /**
     * Whether the user may read the family's network map: the family rule plus, for a professional, consent to share
     * the map. The read or its refusal is audited.
     */
    public boolean readMap(String familyId, String objectType, String objectId) {
        return checked(Need.READ_MAP, AuditAction.READ, familyId, objectType, objectId, true);
    }

    /**
     * The family's network map read in one statement with its check: {@code fetch} runs a read that carries the
     * {@link FamilyCheck} (the rule plus, for a professional, consent to share the map) and answers empty when the
     * family is refused or does not exist. The gate decides on that answer and audits it as {@link #readMap(String,
     * String, String)} does: empty is a refusal (DENIED), anything else a read (SUCCESS), so no statement of its own
     * goes to the database before the read.
     */
    public <T> Optional<T> readMap(String familyId, String objectType, String objectId,
                                   Function<FamilyCheck, Optional<T>> fetch) {
        var found = fetch.apply(access.check(Need.READ_MAP));
        if (found.isEmpty()) {
            audit.familyAccessDenied(AuditAction.READ, familyId, objectType, objectId);
            return Optional.empty();
        }
        audit.familyAccess(AuditAction.READ, familyId, objectType, objectId);
        return found;
    }

    /**
     * As {@link #readMap(String, String, String, Function)}, for an item whose family the same statement finds, such
     * as a help question's: {@code fetch} answers empty when there is no such item (nothing was read: no event), else
     * the item's family and, only when the check held, the read model.
     */
    public <T> Optional<T> readMapOf(String objectType, String objectId,
                                     Function<FamilyCheck, Optional<FamilyCheck.Read<T>>> fetch) {
        var read = fetch.apply(access.check(Need.READ_MAP));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        var familyId = read.get().familyId();
        if (read.get().value() == null) {
            audit.familyAccessDenied(AuditAction.READ, familyId, objectType, objectId);
            return Optional.empty();
        }
        audit.familyAccess(AuditAction.READ, familyId, objectType, objectId);
        return Optional.of(read.get().value());
    }

    /** Audits the read of families a list already limited to {@link #scope()}, e.g. a page of search results. */
    public void read(AuditAction action, List<String> familyIds, String objectType) {
        if (!familyIds.isEmpty()) {
            audit.familiesAccess(action, familyIds, objectType);
        }
    }

    /**
     * Of these families, those the user may read, without an event: for fields nested in an item whose read was
     * audited already (the question of a match, the family of a session).
     */
    public Set<String> readable(Collection<String> familyIds) {
        return access.permitted(familyIds, Need.READ);
    }

    /**
     * Of these families, those the user may change, without an event: for a person who belongs to several families,
     * the caller audits the change it then makes or, with {@link #refused}, the refusal.
     */
    public Set<String> writable(Collection<String> familyIds) {
        return access.permitted(familyIds, Need.WRITE);
    }

    /** Whether the user may change the family; a refusal is audited as DENIED {@code action}. */
    public boolean mayChange(AuditAction action, String familyId, String objectType, String objectId) {
        return checked(Need.WRITE, action, familyId, objectType, objectId, false);
    }

    /**
     * Audits an access once it is done, in the transaction that did it: a change {@link #mayChange} allowed, or an
     * access a rule of the feature itself allowed (the helper reading their own match).
     */
    public void granted(AuditAction action, String familyId, String objectType, String objectId) {
        audit.familyAccess(action, familyId, objectType, objectId);
    }

    /**
     * As {@link #granted(AuditAction, String, String, String)}, with the event written by the change's own statement
     * instead of a statement of its own ({@link AuditedChange}), so a change is one round trip to the database fewer.
     * Asked for right before the change's statement, which places {@link AuditedChange#cypher()} after its writes where
     * exactly one row passes, and fails when it changes nothing: the change and its event commit together or not at
     * all.
     */
    public AuditedChange grantedIn(AuditAction action, String familyId, String objectType, String objectId) {
        return audit.familyChange(action, familyId, objectType, objectId);
    }

    /** As {@link #granted(AuditAction, String, String, String)}, for a purpose other than the role's usual one. */
    public void granted(AuditAction action, String familyId, String objectType, String objectId, PurposeOfUse purpose) {
        audit.record(new AuditRecord(action, AuditOutcome.SUCCESS, familyId, List.of(), List.of(objectType),
                List.of(objectId), purpose, null));
    }

    /** Audits a refusal by a rule of the feature itself, e.g. answering an invitation that is not the user's. */
    public void refused(AuditAction action, String familyId, String objectType, String objectId) {
        audit.familyAccessDenied(action, familyId, objectType, objectId);
    }

    /** What lists of families are limited to for the signed-in user. */
    public FamilyScope scope() {
        return access.scope();
    }

    /** The signed-in user's own professional id, or null. */
    public String ownProfessionalId() {
        return access.ownProfessionalId();
    }

    /** Whether the area lies in the user's municipality, so a family living there would be theirs to see. */
    public boolean inOwnMunicipality(String areaId) {
        return access.inOwnMunicipality(areaId);
    }

    /**
     * Whether the family lives in the user's municipality, the boundary no role crosses; for rules that do not ask
     * whether the user may read the family, such as answering an invitation to its tent session.
     */
    public boolean livesInOwnMunicipality(String familyId) {
        return access.livesInOwnMunicipality(familyId);
    }

    private boolean checked(Need need, AuditAction action, String familyId, String objectType, String objectId,
                            boolean auditSuccess) {
        if (!access.permits(familyId, need)) {
            audit.familyAccessDenied(action, familyId, objectType, objectId);
            return false;
        }
        if (auditSuccess) {
            audit.familyAccess(action, familyId, objectType, objectId);
        }
        return true;
    }
}
