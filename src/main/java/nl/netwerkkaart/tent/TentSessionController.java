package nl.netwerkkaart.tent;

import nl.netwerkkaart.api.NotFoundException;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.Batches;
import nl.netwerkkaart.family.Family;
import nl.netwerkkaart.family.FamilyCoach;
import nl.netwerkkaart.family.FamilyService;
import nl.netwerkkaart.family.HelpQuestion;
import nl.netwerkkaart.family.Person;
import nl.netwerkkaart.tent.TentSessionInputs.AttendanceInput;
import nl.netwerkkaart.tent.TentSessionInputs.CancelInput;
import nl.netwerkkaart.tent.TentSessionInputs.InviteInput;
import nl.netwerkkaart.tent.TentSessionInputs.RespondInput;
import nl.netwerkkaart.tent.TentSessionInputs.SessionInput;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TentSessionController {

    private final TentSessionService service;
    private final FamilyService families;

    TentSessionController(TentSessionService service, FamilyService families) {
        this.service = service;
        this.families = families;
    }

    @QueryMapping
    TentSession tentSession(@Argument String id) {
        return service.tentSession(id).orElseThrow(() -> new NotFoundException("id", "tent session"));
    }

    /** {@code Family.tentSessions}: lives here so the family feature need not know about tent sessions. */
    @BatchMapping
    Map<Family, List<TentSession>> tentSessions(List<Family> parents) {
        return Batches.join(parents, Family::id, service.forFamilies(Batches.ids(parents, Family::id)), List.of());
    }

    @BatchMapping
    Map<TentSession, Family> family(List<TentSession> sessions) {
        return Batches.join(sessions, TentSession::familyId, families.families(Batches.ids(sessions, TentSession::familyId)), null);
    }

    @BatchMapping
    Map<TentSession, FamilyCoach> director(List<TentSession> sessions) {
        return Batches.join(sessions, TentSession::id, service.directors(Batches.ids(sessions, TentSession::id)), null);
    }

    @BatchMapping
    Map<TentSession, List<HelpQuestion>> helpQuestions(List<TentSession> sessions) {
        return Batches.join(sessions, TentSession::id, service.discussed(Batches.ids(sessions, TentSession::id)), List.of());
    }

    @BatchMapping
    Map<TentSession, List<TentParticipant>> participants(List<TentSession> sessions) {
        return Batches.join(sessions, TentSession::id, service.participants(Batches.ids(sessions, TentSession::id)), List.of());
    }

    @MutationMapping
    TentSessionPayload scheduleTentSession(@Argument SessionInput input) {
        return service.schedule(input);
    }

    @MutationMapping
    TentSessionPayload updateTentSession(@Argument SessionInput input) {
        return service.update(input);
    }

    @MutationMapping
    TentSessionPayload cancelTentSession(@Argument CancelInput input) {
        return service.cancel(input);
    }

    @MutationMapping
    TentSessionPayload inviteTentParticipants(@Argument InviteInput input) {
        return service.invite(input);
    }

    @MutationMapping
    TentSessionPayload respondToTentInvitation(@Argument RespondInput input) {
        return service.respond(input);
    }

    @MutationMapping
    TentSessionPayload recordTentAttendance(@Argument AttendanceInput input) {
        return service.recordAttendance(input);
    }

    @BatchMapping
    Map<TentSession, List<Person>> presentMembers(List<TentSession> sessions) {
        return Batches.join(sessions, TentSession::id, service.presentMembers(Batches.ids(sessions, TentSession::id)), List.of());
    }

    @BatchMapping
    Map<TentSession, List<Agreement>> agreementItems(List<TentSession> sessions) {
        return Batches.join(sessions, TentSession::id, service.agreements(Batches.ids(sessions, TentSession::id)), List.of());
    }
}
