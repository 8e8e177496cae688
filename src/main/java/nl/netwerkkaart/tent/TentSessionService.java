package nl.netwerkkaart.tent;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.netwerkkaart.audit.AuditService;
import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.family.FamilyCoach;
import nl.netwerkkaart.family.HelpQuestion;
import nl.netwerkkaart.security.FamilyAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to tent sessions; they are written by their own feature. */
@Service
// Family data is for coaches and professionals only, never for the municipality or an administrator.
@PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
@Transactional(readOnly = true)
public class TentSessionService {

    private final TentSessionRepository sessions;
    private final FamilyAccess access;
    private final AuditService audit;

    TentSessionService(TentSessionRepository sessions, FamilyAccess access, AuditService audit) {
        this.sessions = sessions;
        this.access = access;
        this.audit = audit;
    }

    /** The session, or empty when it does not exist or the user may not see its family. */
    @Transactional
    public Optional<TentSession> tentSession(String id) {
        var session = sessions.findById(Ids.require("id", id));
        if (session.isEmpty()) {
            return session;
        }
        var familyId = session.get().familyId();
        if (!access.mayRead(familyId)) {
            audit.familyAccessDenied(AuditAction.READ, familyId, "TentSession", session.get().id());
            return Optional.empty();
        }
        audit.familyAccess(AuditAction.READ, familyId, "TentSession", session.get().id());
        return session;
    }

    public Map<String, List<TentSession>> forFamilies(Collection<String> familyIds) {
        return sessions.forFamilies(familyIds);
    }

    Map<String, FamilyCoach> directors(Collection<String> ids) {
        return sessions.directors(ids);
    }

    Map<String, List<HelpQuestion>> discussed(Collection<String> ids) {
        return sessions.discussed(ids);
    }

    Map<String, List<TentParticipant>> participants(Collection<String> ids) {
        return sessions.participants(ids);
    }
}
