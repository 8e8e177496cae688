package nl.netwerkkaart.tent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class TentSessionMutationTest extends TentTestSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private Map<String, Object> sessionInput(String familyId, LocalDate date, List<String> questions, List<String> members) {
        var input = new HashMap<String, Object>();
        input.put("familyId", familyId);
        input.put("date", date.toString());
        input.put("location", "Huis van de Wijk");
        input.put("helpQuestionIds", questions);
        input.put("presentMemberIds", members);
        return input;
    }

    private String schedule(String familyId, LocalDate date, List<String> questions, List<String> members) {
        return graphQl.documentName("scheduleTentSession").variable("input", sessionInput(familyId, date, questions, members))
                .execute()
                .path("scheduleTentSession.userErrors").entityList(Object.class).hasSize(0)
                .path("scheduleTentSession.tentSession.id").entity(String.class).get();
    }

    private static GraphQlTester.Response mutate(GraphQlTester tester, String document, Map<String, Object> input) {
        return tester.documentName(document).variable("input", input).execute();
    }

    /** Asserts exactly one user error with this field and code, and no result. */
    private void refused(GraphQlTester tester, String document, Map<String, Object> input, String field, String code) {
        mutate(tester, document, input)
                .path(document + ".userErrors[*].field").entityList(String.class).contains(field)
                .path(document + ".userErrors[?(@.field == '" + field + "')].code").entityList(String.class).contains(code);
    }

    @Test
    void invitation_lifecycle_from_scheduling_to_recorded_attendance() {
        var family = createFamily("Gezin Tentloop " + tag());
        consentToTent(family);
        var daan = addMember(family, "Daan", "CHILD", false);
        var question = createQuestion(family, "Daan gaat niet naar school.", List.of("SCHOOL"));
        var anja = professional("Anja Tent " + tag(), false);
        var bert = professional("Bert Tent " + tag(), false);
        var carla = professional("Carla Tent " + tag(), false);

        var session = graphQl.documentName("scheduleTentSession")
                .variable("input", sessionInput(family, TODAY, List.of(question), List.of(daan))).execute()
                .path("scheduleTentSession.tentSession").matchesJson("""
                        {"status": "PLANNED", "date": "%s", "family": {"id": "%s"}, "director": {"id": "%s"},
                         "helpQuestions": [{"id": "%s", "status": "IN_TENT"}], "presentMembers": [{"id": "%s"}],
                         "participants": []}""".formatted(TODAY, family, coach, question, daan))
                .path("scheduleTentSession.tentSession.id").entity(String.class).get();

        mutate(graphQl, "inviteTentParticipants", Map.of("tentSessionId", session, "professionalIds", List.of(anja, bert)))
                .path("inviteTentParticipants.tentSession.participants[*].status").entityList(String.class)
                .containsExactly("INVITED", "INVITED");
        mutate(as(Role.PROFESSIONAL, anja), "respondToTentInvitation", Map.of("tentSessionId", session, "accept", true))
                .path("respondToTentInvitation.userErrors").entityList(Object.class).hasSize(0);
        mutate(as(Role.PROFESSIONAL, bert), "respondToTentInvitation", Map.of("tentSessionId", session, "accept", false))
                .path("respondToTentInvitation.tentSession.participants[?(@.professionalId == '" + bert + "')].status")
                .entityList(String.class).containsExactly("DECLINED");
        // someone who was not invited cannot answer, and cannot tell the session exists
        refused(as(Role.PROFESSIONAL, carla), "respondToTentInvitation", Map.of("tentSessionId", session, "accept", true),
                "input.tentSessionId", "NOT_FOUND");
        // the accepted participant reads the session; the uninvited one does not
        as(Role.PROFESSIONAL, anja).documentName("tentSession").variable("id", session).execute()
                .path("tentSession.id").entity(String.class).isEqualTo(session);
        assertNotFound(as(Role.PROFESSIONAL, carla).documentName("tentSession").variable("id", session).execute(), "tentSession");

        var input = new HashMap<String, Object>(Map.of("tentSessionId", session, "attendedProfessionalIds", List.of(anja),
                "presentMemberIds", List.of(daan), "summary", "Anja start met schoolgesprekken.",
                "agreements", List.of(Map.of("text", "Anja belt de mentor.", "responsibleProfessionalId", anja,
                        "dueDate", TODAY.plusDays(14).toString()))));
        mutate(graphQl, "recordTentAttendance", input)
                .path("recordTentAttendance.userErrors").entityList(Object.class).hasSize(0)
                .path("recordTentAttendance.tentSession").matchesJson("""
                        {"status": "HELD", "agreements": "Anja start met schoolgesprekken.", "presentMembers": [{"id": "%s"}],
                         "agreementItems": [{"text": "Anja belt de mentor.", "dueDate": "%s", "responsible": {"id": "%s"},
                                             "tentSessionId": "%s"}]}""".formatted(daan, TODAY.plusDays(14), anja, session))
                .path("recordTentAttendance.tentSession.participants[?(@.professionalId == '" + anja + "')].status")
                .entityList(String.class).containsExactly("ATTENDED")
                .path("recordTentAttendance.tentSession.participants[?(@.professionalId == '" + bert + "')].status")
                .entityList(String.class).containsExactly("DECLINED");
        // once held, invitations are closed
        refused(as(Role.PROFESSIONAL, bert), "respondToTentInvitation", Map.of("tentSessionId", session, "accept", true),
                "input.tentSessionId", "INVALID");

        assertThat(auditEvents(family, "CREATE", "TentSession", "SUCCESS")).isEqualTo(1);
        assertThat(auditEvents(family, "UPDATE", "TentSession", "SUCCESS")).isEqualTo(4);
        // Carla answering an invitation that is not hers, and Bert answering after the session was held
        assertThat(auditEvents(family, "UPDATE", "TentSession", "DENIED")).isEqualTo(2);
    }

    @Test
    void an_invited_professional_signed_in_for_another_municipality_cannot_answer_the_invitation() {
        var family = createFamily("Gezin Tentgrens " + tag());
        var question = createQuestion(family, "Geldzorgen.", List.of("FINANCES"));
        var invited = professional("Ilse Tent " + tag(), false);
        var session = schedule(family, TODAY.plusDays(10), List.of(question), List.of());
        mutate(graphQl, "inviteTentParticipants", Map.of("tentSessionId", session, "professionalIds", List.of(invited)))
                .path("inviteTentParticipants.userErrors").entityList(Object.class).hasSize(0);
        var elsewhere = neo4j.query("""
                        CREATE (m:Area {id: randomUUID(), name: $name, kind: 'MUNICIPALITY', createdAt: datetime(), updatedAt: datetime()})
                        RETURN m.id""")
                .bind("Gemeente Tentgrens " + tag()).to("name").fetchAs(String.class).one().orElseThrow();

        refused(as(Role.PROFESSIONAL, elsewhere, invited), "respondToTentInvitation",
                Map.of("tentSessionId", session, "accept", true), "input.tentSessionId", "NOT_FOUND");

        assertThat(neo4j.query("""
                        MATCH (:Professional {id: $invited})-[r:PARTICIPATES_IN]->(:TentSession {id: $session}) RETURN r.status""")
                .bindAll(Map.of("invited", invited, "session", session)).fetchAs(String.class).one()).contains("INVITED");
        assertThat(auditEvents(family, "UPDATE", "TentSession", "DENIED")).isEqualTo(1);
    }

    @Test
    void planned_session_is_updated_and_cancelled_and_then_stays_as_it_is() {
        var family = createFamily("Gezin Tentwissel " + tag());
        var first = createQuestion(family, "Geldzorgen.", List.of("FINANCES"));
        var second = createQuestion(family, "Opvoedvragen.", List.of("PARENTING"));
        var session = schedule(family, TODAY.plusDays(10), List.of(first), List.of());

        var update = sessionInput(family, TODAY.plusDays(20), List.of(second), List.of());
        update.remove("familyId");
        update.put("id", session);
        update.put("location", "Gemeenschapshuis");
        mutate(graphQl, "updateTentSession", update)
                .path("updateTentSession.tentSession").matchesJson("""
                        {"id": "%s", "date": "%s", "location": "Gemeenschapshuis", "helpQuestions": [{"id": "%s"}]}"""
                        .formatted(session, TODAY.plusDays(20), second));
        mutate(graphQl, "cancelTentSession", Map.of("id", session, "reason", "Het gezin is ziek."))
                .path("cancelTentSession.tentSession").matchesJson("""
                        {"status": "CANCELLED", "cancellationReason": "Het gezin is ziek."}""");

        long size = graphSize();
        refused(graphQl, "updateTentSession", update, "input.id", "INVALID");
        refused(graphQl, "cancelTentSession", Map.of("id", session), "input.id", "INVALID");
        refused(graphQl, "inviteTentParticipants", Map.of("tentSessionId", session,
                "professionalIds", List.of(professional("Later " + tag(), false))), "input.tentSessionId", "INVALID");
        assertThat(graphSize()).isEqualTo(size + 1); // only the professional made for the last check
    }

    @Test
    void scheduling_refuses_bad_input_and_writes_nothing() {
        var family = createFamily("Gezin Tentfout " + tag());
        var question = createQuestion(family, "Vraag.", List.of("FINANCES"));
        var other = createFamily("Gezin Anders " + tag());
        var otherQuestion = createQuestion(other, "Andere vraag.", List.of("FINANCES"));
        var otherMember = addMember(other, "Piet", "PARENT", true);
        var foreign = as(Role.COACH, professional("Andere coach " + tag(), true));
        long size = graphSize();

        refused(graphQl, "scheduleTentSession", sessionInput(family, TODAY.minusDays(1), List.of(question), List.of()), "input.date", "INVALID");
        refused(graphQl, "scheduleTentSession", sessionInput(family, TODAY.plusYears(3), List.of(question), List.of()), "input.date", "INVALID");
        var blank = sessionInput(family, TODAY, List.of(question), List.of());
        blank.put("location", "  ");
        refused(graphQl, "scheduleTentSession", blank, "input.location", "INVALID");
        var tooLong = sessionInput(family, TODAY, List.of(question), List.of());
        tooLong.put("location", "x".repeat(501));
        refused(graphQl, "scheduleTentSession", tooLong, "input.location", "INVALID");
        refused(graphQl, "scheduleTentSession", sessionInput("gezin-1", TODAY, List.of(question), List.of()), "input.familyId", "INVALID");
        refused(graphQl, "scheduleTentSession", sessionInput(UUID.randomUUID().toString(), TODAY, List.of(question), List.of()),
                "input.familyId", "NOT_FOUND");
        refused(foreign, "scheduleTentSession", sessionInput(family, TODAY, List.of(question), List.of()), "input.familyId", "NOT_FOUND");
        refused(graphQl, "scheduleTentSession", sessionInput(family, TODAY, List.of(), List.of()), "input.helpQuestionIds", "INVALID");
        refused(graphQl, "scheduleTentSession", sessionInput(family, TODAY, List.of("vraag-1"), List.of()), "input.helpQuestionIds[0]", "INVALID");
        refused(graphQl, "scheduleTentSession", sessionInput(family, TODAY, List.of(otherQuestion), List.of()),
                "input.helpQuestionIds[0]", "NOT_FOUND");
        refused(graphQl, "scheduleTentSession", sessionInput(family, TODAY, List.of(question, question), List.of()),
                "input.helpQuestionIds[1]", "INVALID");
        refused(graphQl, "scheduleTentSession", sessionInput(family, TODAY, List.of(question), List.of(otherMember)),
                "input.presentMemberIds[0]", "NOT_FOUND");

        var update = sessionInput(family, TODAY, List.of(question), List.of());
        update.remove("familyId");
        update.put("id", UUID.randomUUID().toString());
        refused(graphQl, "updateTentSession", update, "input.id", "NOT_FOUND");
        refused(graphQl, "cancelTentSession", Map.of("id", "sessie-1"), "input.id", "INVALID");
        assertThat(graphSize()).isEqualTo(size);
    }

    @Test
    void invitations_and_attendance_refuse_bad_input_and_write_nothing() {
        var family = createFamily("Gezin Uitnodigfout " + tag());
        var question = createQuestion(family, "Vraag.", List.of("FINANCES"));
        var today = schedule(family, TODAY, List.of(question), List.of());
        var later = schedule(family, TODAY.plusDays(5), List.of(question), List.of());
        var invited = professional("Genodigde " + tag(), false);
        var notInvited = professional("Niet genodigd " + tag(), false);
        mutate(graphQl, "inviteTentParticipants", Map.of("tentSessionId", today, "professionalIds", List.of(invited)))
                .path("inviteTentParticipants.userErrors").entityList(Object.class).hasSize(0);
        long size = graphSize();

        refused(graphQl, "inviteTentParticipants", Map.of("tentSessionId", today, "professionalIds", List.of(UUID.randomUUID().toString())),
                "input.professionalIds[0]", "NOT_FOUND");
        refused(graphQl, "inviteTentParticipants", Map.of("tentSessionId", today, "professionalIds", List.of(coach)),
                "input.professionalIds[0]", "INVALID");
        refused(graphQl, "inviteTentParticipants", Map.of("tentSessionId", today, "professionalIds", List.of(invited)),
                "input.professionalIds[0]", "CONFLICT");
        refused(graphQl, "inviteTentParticipants", Map.of("tentSessionId", today, "professionalIds", List.of("p-1")),
                "input.professionalIds[0]", "INVALID");
        refused(graphQl, "inviteTentParticipants", Map.of("tentSessionId", today, "professionalIds", List.of()),
                "input.professionalIds", "INVALID");
        refused(graphQl, "inviteTentParticipants", Map.of("tentSessionId", UUID.randomUUID().toString(),
                "professionalIds", List.of(notInvited)), "input.tentSessionId", "NOT_FOUND");
        refused(as(Role.PROFESSIONAL, invited), "respondToTentInvitation", Map.of("tentSessionId", "x", "accept", true),
                "input.tentSessionId", "INVALID");

        refused(graphQl, "recordTentAttendance", Map.of("tentSessionId", later, "attendedProfessionalIds", List.of()),
                "input.tentSessionId", "INVALID");
        refused(graphQl, "recordTentAttendance", Map.of("tentSessionId", today, "attendedProfessionalIds", List.of(notInvited)),
                "input.attendedProfessionalIds[0]", "INVALID");
        refused(graphQl, "recordTentAttendance", Map.of("tentSessionId", today, "attendedProfessionalIds", List.of(),
                        "agreements", List.of(Map.of("text", "Bellen.", "responsibleProfessionalId", invited))),
                "input.agreements[0].responsibleProfessionalId", "INVALID");
        refused(graphQl, "recordTentAttendance", Map.of("tentSessionId", today, "attendedProfessionalIds", List.of(invited),
                        "agreements", List.of(Map.of("text", "Bellen.", "dueDate", TODAY.minusDays(1).toString()))),
                "input.agreements[0].dueDate", "INVALID");
        refused(graphQl, "recordTentAttendance", Map.of("tentSessionId", today, "attendedProfessionalIds", List.of(),
                        "agreements", List.of(Map.of("text", " "))), "input.agreements[0].text", "INVALID");
        refused(graphQl, "recordTentAttendance", Map.of("tentSessionId", today, "attendedProfessionalIds", List.of(),
                        "summary", "x".repeat(4001)), "input.summary", "INVALID");
        assertThat(graphSize()).isEqualTo(size);
    }

    @Test
    void only_the_coach_plans_and_municipality_and_admin_are_refused() {
        var family = createFamily("Gezin Tentrol " + tag());
        var question = createQuestion(family, "Vraag.", List.of("FINANCES"));
        var input = sessionInput(family, TODAY, List.of(question), List.of());
        long size = graphSize();
        for (var tester : List.of(as(Role.MUNICIPALITY, null), as(Role.ADMIN, null), as(Role.PROFESSIONAL, coach))) {
            mutate(tester, "scheduleTentSession", input).errors()
                    .satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        }
        assertThat(graphSize()).isEqualTo(size);
    }
}
