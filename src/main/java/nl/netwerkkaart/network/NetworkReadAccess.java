package nl.netwerkkaart.network;

import java.util.List;

import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.audit.AuditService;
import nl.netwerkkaart.consent.ConsentScope;
import nl.netwerkkaart.consent.ConsentService;
import nl.netwerkkaart.security.CurrentUser;
import nl.netwerkkaart.security.FamilyAccess;
import nl.netwerkkaart.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see a family's network map: its coach, and a professional the family access rules let in whose current
 * consent also covers SHARE_NETWORK_MAP. Every answer is audited: a refusal as DENIED (kept when the caller rolls
 * back), a permission as the caller's access in the caller's transaction.
 */
@Component
class NetworkReadAccess {

    private final FamilyAccess access;
    private final ConsentService consents;
    private final CurrentUser currentUser;
    private final AuditService audit;

    NetworkReadAccess(FamilyAccess access, ConsentService consents, CurrentUser currentUser, AuditService audit) {
        this.access = access;
        this.consents = consents;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Whether the user may read the family's map; records the read (or its refusal) of the object. */
    boolean read(String familyId, String objectType, String objectId) {
        if (!mayRead(familyId)) {
            audit.familyAccessDenied(AuditAction.READ, familyId, objectType, objectId);
            return false;
        }
        audit.familyAccess(AuditAction.READ, familyId, objectType, objectId);
        return true;
    }

    private boolean mayRead(String familyId) {
        if (!access.mayRead(familyId)) {
            return false;
        }
        // for a coach, mayRead already means: the family's own coach
        return currentUser.get().role() == Role.COACH
                || consents.currentScopes(List.of(familyId)).get(familyId).contains(ConsentScope.SHARE_NETWORK_MAP);
    }
}
