package nl.netwerkkaart.tent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.family.FamilyCoach;
import nl.netwerkkaart.family.HelpQuestion;
import nl.netwerkkaart.family.Person;
import nl.netwerkkaart.Today;
import nl.netwerkkaart.access.FamilyGate;
import nl.netwerkkaart.tent.TentSessionInputs.AttendanceInput;
import nl.netwerkkaart.tent.TentSessionInputs.CancelInput;
import nl.netwerkkaart.tent.TentSessionInputs.InviteInput;
import nl.netwerkkaart.tent.TentSessionInputs.RespondInput;
import nl.netwerkkaart.tent.TentSessionInputs.SessionInput;
import nl.netwerkkaart.tent.TentSessionRepository.SessionState;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tent sessions: the family's coach plans, changes, calls off and records them and invites professionals; an invited
 * professional answers only their own invitation; whoever may read the family reads them. A session the user may not
 * change looks exactly like an unknown one. Every access is audited in the transaction that does it.
 */
@Service
// Family data is for coaches and professionals only, never for the municipality or an administrator.
@PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
@Transactional(readOnly = true)
public class TentSessionService {

    static final int MAX_YEARS_AHEAD = 2;
    private static final String SESSION = "TentSession";

    private final TentSessionRepository sessions;
    private final InputValidator validator;
    private final FamilyGate gate;
    private final Today today;

    TentSessionService(TentSessionRepository sessions, InputValidator validator, FamilyGate gate, Today today) {
        this.sessions = sessions;
        this.validator = validator;
        this.gate = gate;
        this.today = today;
    }

    /** The session, or empty when it does not exist or the user may not see its family. */
    public Optional<TentSession> tentSession(String id) {
        return sessions.findById(Ids.require("id", id))
                .filter(session -> gate.read(AuditAction.READ, session.familyId(), SESSION, session.id()));
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

    Map<String, List<Person>> presentMembers(Collection<String> ids) {
        return sessions.presentMembers(ids);
    }

    /** The agreements of each session; public for the case timeline. */
    public Map<String, List<Agreement>> agreements(Collection<String> ids) {
        return sessions.agreements(ids);
    }

    /** Sessions by id, for nested fields of parents that were already access-checked. */
    public Map<String, TentSession> byIds(Collection<String> ids) {
        return sessions.byIds(ids);
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    TentSessionPayload schedule(SessionInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        checkDate(input.date(), errors);
        if (Ids.isUuid(input.familyId())) {
            var familyId = input.familyId().toLowerCase();
            if (!gate.mayChange(AuditAction.CREATE, familyId, SESSION, familyId)) {
                errors.add(UserError.notFound("input.familyId", "family"));
            }
            else {
                sessions.lockFamily(familyId);
                checkQuestionsAndMembers(familyId, input, errors);
            }
        }
        if (!errors.isEmpty()) {
            return TentSessionPayload.failed(errors);
        }
        return TentSessionPayload.of(audited(AuditAction.CREATE,
                sessions.schedule(Ids.newId(), gate.ownProfessionalId(), input)));
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    TentSessionPayload update(SessionInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        checkDate(input.date(), errors);
        var state = writable(input.id(), "input.id", errors);
        state.ifPresent(found -> {
            requirePlanned(found, "input.id", errors);
            checkQuestionsAndMembers(found.familyId(), input, errors);
        });
        if (!errors.isEmpty()) {
            return TentSessionPayload.failed(errors);
        }
        return TentSessionPayload.of(audited(AuditAction.UPDATE, sessions.update(input)));
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    TentSessionPayload cancel(CancelInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        writable(input.id(), "input.id", errors).ifPresent(found -> requirePlanned(found, "input.id", errors));
        if (!errors.isEmpty()) {
            return TentSessionPayload.failed(errors);
        }
        return TentSessionPayload.of(audited(AuditAction.UPDATE, sessions.cancel(input.id().toLowerCase(), input.reason())));
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    TentSessionPayload invite(InviteInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        var state = writable(input.tentSessionId(), "input.tentSessionId", errors);
        state.ifPresent(found -> requirePlanned(found, "input.tentSessionId", errors));
        var ids = TentSessionInputs.orEmpty(input.professionalIds());
        if (state.isPresent()) {
            var known = sessions.professionals(uuids(ids));
            var seen = new HashSet<String>();
            for (int i = 0; i < ids.size(); i++) {
                var field = "input.professionalIds[" + i + "]";
                if (!Ids.isUuid(ids.get(i))) {
                    continue;
                }
                var id = ids.get(i).toLowerCase();
                if (!seen.add(id)) {
                    errors.add(UserError.invalid(field, "is listed more than once"));
                }
                else if (!known.contains(id)) {
                    errors.add(UserError.notFound(field, "professional"));
                }
                else if (id.equals(state.get().directorId())) {
                    errors.add(UserError.invalid(field, "is the session's director"));
                }
                else if (state.get().participants().containsKey(id)) {
                    errors.add(UserError.conflict(field, "is already invited"));
                }
            }
        }
        if (!errors.isEmpty()) {
            return TentSessionPayload.failed(errors);
        }
        return TentSessionPayload.of(audited(AuditAction.UPDATE,
                sessions.invite(input.tentSessionId().toLowerCase(), uuids(ids))));
    }

    /**
     * Only the invited professional answers, and only for themselves and within their own municipality; others see
     * no such session.
     */
    @Transactional
    TentSessionPayload respond(RespondInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        var professionalId = gate.ownProfessionalId();
        Optional<SessionState> state = Optional.empty();
        if (Ids.isUuid(input.tentSessionId())) {
            var session = sessions.lockedState(input.tentSessionId().toLowerCase());
            state = session.filter(found -> professionalId != null && found.participants().containsKey(professionalId)
                    && gate.livesInOwnMunicipality(found.familyId()));
            if (state.isEmpty()) {
                errors.add(UserError.notFound("input.tentSessionId", "tent session"));
                session.ifPresent(found -> gate.refused(AuditAction.UPDATE, found.familyId(), SESSION, found.id()));
            }
            else {
                requirePlanned(state.get(), "input.tentSessionId", errors);
            }
        }
        if (!errors.isEmpty()) {
            state.ifPresent(found -> gate.refused(AuditAction.UPDATE, found.familyId(), SESSION, found.id()));
            return TentSessionPayload.failed(errors);
        }
        var status = Boolean.TRUE.equals(input.accept()) ? ParticipationStatus.ACCEPTED : ParticipationStatus.DECLINED;
        return TentSessionPayload.of(audited(AuditAction.UPDATE,
                sessions.respond(state.get().id(), professionalId, status)));
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    TentSessionPayload recordAttendance(AttendanceInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        var state = writable(input.tentSessionId(), "input.tentSessionId", errors);
        state.ifPresent(found -> checkAttendance(found, input, errors));
        if (!errors.isEmpty()) {
            return TentSessionPayload.failed(errors);
        }
        return TentSessionPayload.of(audited(AuditAction.UPDATE, sessions.recordAttendance(input)));
    }

    private void checkAttendance(SessionState state, AttendanceInput input, List<UserError> errors) {
        if (state.status() == TentSessionStatus.CANCELLED) {
            errors.add(UserError.invalid("input.tentSessionId", "the session was cancelled"));
        }
        if (state.date().isAfter(today.date())) {
            errors.add(UserError.invalid("input.tentSessionId", "the session has not taken place yet"));
        }
        var attended = new HashSet<String>();
        eachId(input.attendedProfessionalIds(), "input.attendedProfessionalIds", errors, (id, field) -> {
            if (!state.participants().containsKey(id)) {
                errors.add(UserError.invalid(field, "was not invited to this session"));
            }
            attended.add(id);
        });
        checkMembers(state.familyId(), input.presentMemberIds(), errors);
        var agreements = TentSessionInputs.orEmpty(input.agreements());
        for (int i = 0; i < agreements.size(); i++) {
            var agreement = agreements.get(i);
            if (agreement == null) {
                continue;
            }
            var field = "input.agreements[" + i + "]";
            var responsible = agreement.responsibleProfessionalId();
            if (Ids.isUuid(responsible) && !attended.contains(responsible.toLowerCase())) {
                errors.add(UserError.invalid(field + ".responsibleProfessionalId", "must be one of the attended professionals"));
            }
            if (agreement.dueDate() != null && agreement.dueDate().isBefore(state.date())) {
                errors.add(UserError.invalid(field + ".dueDate", "must not be before the session"));
            }
        }
    }

    private void checkDate(LocalDate date, List<UserError> errors) {
        if (date == null) {
            return;
        }
        var now = today.date();
        if (date.isBefore(now)) {
            errors.add(UserError.invalid("input.date", "must not be in the past"));
        }
        else if (date.isAfter(now.plusYears(MAX_YEARS_AHEAD))) {
            errors.add(UserError.invalid("input.date", "must not be more than " + MAX_YEARS_AHEAD + " years ahead"));
        }
    }

    private void checkQuestionsAndMembers(String familyId, SessionInput input, List<UserError> errors) {
        var questions = TentSessionInputs.orEmpty(input.helpQuestionIds());
        var known = sessions.questionsOf(familyId, uuids(questions));
        eachId(questions, "input.helpQuestionIds", errors, (id, field) -> {
            if (!known.contains(id)) {
                errors.add(UserError.notFound(field, "help question of this family"));
            }
        });
        checkMembers(familyId, input.presentMemberIds(), errors);
    }

    private void checkMembers(String familyId, List<String> memberIds, List<UserError> errors) {
        var ids = TentSessionInputs.orEmpty(memberIds);
        var members = sessions.membersOf(familyId, uuids(ids));
        eachId(ids, "input.presentMemberIds", errors, (id, field) -> {
            if (!members.contains(id)) {
                errors.add(UserError.notFound(field, "member of this family"));
            }
        });
    }

    /** Calls {@code check} with each well-formed id and its field; duplicates are refused. */
    private static void eachId(List<String> ids, String field, List<UserError> errors,
                               BiConsumer<String, String> check) {
        var seen = new HashSet<String>();
        var list = TentSessionInputs.orEmpty(ids);
        for (int i = 0; i < list.size(); i++) {
            if (!Ids.isUuid(list.get(i))) {
                continue;
            }
            var id = list.get(i).toLowerCase();
            var itemField = field + "[" + i + "]";
            if (!seen.add(id)) {
                errors.add(UserError.invalid(itemField, "is listed more than once"));
            }
            else {
                check.accept(id, itemField);
            }
        }
    }

    /** The session when the user may change its family; otherwise a NOT_FOUND error on {@code field}. */
    private Optional<SessionState> writable(String id, String field, List<UserError> errors) {
        if (!Ids.isUuid(id)) {
            return Optional.empty();
        }
        var sessionId = id.toLowerCase();
        var state = sessions.lockedState(sessionId)
                .filter(found -> gate.mayChange(AuditAction.UPDATE, found.familyId(), SESSION, sessionId));
        if (state.isEmpty()) {
            errors.add(UserError.notFound(field, "tent session"));
        }
        return state;
    }

    private static void requirePlanned(SessionState state, String field, List<UserError> errors) {
        if (state.status() != TentSessionStatus.PLANNED) {
            errors.add(UserError.invalid(field, "the session is " + state.status().name().toLowerCase() + ", not planned"));
        }
    }

    private static Set<String> uuids(List<String> ids) {
        var result = new HashSet<String>();
        TentSessionInputs.orEmpty(ids).stream().filter(Ids::isUuid).map(String::toLowerCase).forEach(result::add);
        return result;
    }

    private TentSession audited(AuditAction action, TentSession session) {
        gate.granted(action, session.familyId(), SESSION, session.id());
        return session;
    }
}
