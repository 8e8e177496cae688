package nl.netwerkkaart.tent;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    TentSessionService(TentSessionRepository sessions, FamilyAccess access) {
        this.sessions = sessions;
        this.access = access;
    }

    /** The session, or empty when it does not exist or the user may not see its family. */
    public Optional<TentSession> tentSession(String id) {
        return sessions.findById(Ids.require("id", id)).filter(session -> access.mayRead(session.familyId()));
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
