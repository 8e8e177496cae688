package nl.netwerkkaart.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.tent.TentTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseTimelineTest extends TentTestSupport {

    /** A family with a question, an analysis, a held session with two agreements, a closed match and a handover note. */
    private Map<String, String> richFamily() {
        var family = createFamily("Gezin Tijdlijn " + tag());
        var question = createQuestion(family, "Wij willen een steungezin.", List.of("SOCIAL_NETWORK"));
        var analysis = graphQl.documentName("saveAnalysis")
                .variable("input", Map.of("helpQuestionId", question, "summary", "Weinig netwerk in de buurt.",
                        "protectiveFactors", List.of(Map.of("text", "Buren groeten.", "lifeDomains", List.of("SOCIAL_NETWORK")))))
                .execute().path("saveAnalysis.analysis.id").entity(String.class).get();
        var session = tentSession(family, "2026-01-10", List.of(question));
        var anja = professional("Anja Tijdlijn " + tag(), false);
        neo4j.query("""
                        MATCH (h:HelpQuestion {id: $question}), (a:Analysis {id: $analysis}), (t:TentSession {id: $session}),
                              (p:Professional {id: $anja})
                        SET h.createdAt = datetime('2026-01-01T09:00:00Z'), a.createdAt = datetime('2026-01-05T09:00:00Z')
                        CREATE (p)-[:PARTICIPATES_IN {status: 'ACCEPTED'}]->(t)
                        CREATE (r:CommunityResource {id: randomUUID(), name: 'Steungezinnen proef', kind: 'VOLUNTEER_SUPPORT',
                                                     status: 'ACTIVE', free: true, languages: ['nl'],
                                                     createdAt: datetime(), updatedAt: datetime()})
                        CREATE (m:Match {id: randomUUID(), status: 'CLOSED', ladderStep: 'COMMUNITY', outcome: 'HELPED',
                                         proposedAt: datetime('2026-01-12T10:00:00Z'), confirmedAt: datetime('2026-01-15T10:00:00Z'),
                                         closedAt: datetime('2026-02-01T10:00:00Z'), createdAt: datetime(), updatedAt: datetime()})
                        CREATE (m)-[:FOR_QUESTION]->(h)
                        CREATE (m)-[:WITH_HELPER]->(r)""")
                .bindAll(Map.of("question", question, "analysis", analysis, "session", session, "anja", anja)).run();
        graphQl.documentName("recordTentAttendance").variable("input", Map.of("tentSessionId", session,
                        "attendedProfessionalIds", List.of(anja), "summary", "Steungezin zoeken.",
                        "agreements", List.of(Map.of("text", "Anja zoekt een steungezin.", "responsibleProfessionalId", anja),
                                Map.of("text", "Evaluatie over zes weken."))))
                .execute().path("recordTentAttendance.userErrors").entityList(Object.class).hasSize(0);
        var note = graphQl.documentName("addHandoverNote")
                .variable("input", Map.of("familyId", family, "text", "Overdracht aan Anja.", "recipientProfessionalId", anja))
                .execute()
                .path("addHandoverNote.handoverNote").matchesJson("""
                        {"text": "Overdracht aan Anja.", "author": {"id": "%s"}, "recipient": {"id": "%s"}}""".formatted(coach, anja))
                .path("addHandoverNote.handoverNote.id").entity(String.class).get();
        return Map.of("family", family, "question", question, "analysis", analysis, "session", session, "anja", anja, "note", note);
    }

    @Test
    void timeline_lists_every_kind_of_entry_in_time_order() {
        var fixture = richFamily();

        graphQl.documentName("caseTimeline").variable("familyId", fixture.get("family")).variable("first", 100).execute()
                .path("caseTimeline.totalCount").entity(Integer.class).isEqualTo(9)
                .path("caseTimeline.edges[*].node.kind").entityList(String.class).containsExactly(
                        "HELP_QUESTION", "ANALYSIS", "TENT_SESSION", "AGREEMENT", "AGREEMENT", "MATCH", "MATCH", "MATCH", "HANDOVER_NOTE")
                .path("caseTimeline.edges[*].node.title").entityList(String.class).containsExactly(
                        "Hulpvraag gesteld", "Verklarende analyse", "Expertisetent gehouden", "Afspraak", "Afspraak",
                        "Match voorgesteld", "Match bevestigd: er is een klik", "Match afgesloten", "Overdrachtsnotitie")
                .path("caseTimeline.edges[3].node.text").entity(String.class).isEqualTo("Anja zoekt een steungezin.")
                .path("caseTimeline.edges[2].node.tentSession").matchesJson("{\"id\": \"%s\", \"status\": \"HELD\"}".formatted(fixture.get("session")))
                .path("caseTimeline.edges[7].node").matchesJson("""
                        {"matchStatus": "CLOSED", "matchOutcome": "HELPED", "ladderStep": "COMMUNITY",
                         "helperName": "Steungezinnen proef", "helpQuestionId": "%s"}""".formatted(fixture.get("question")))
                .path("caseTimeline.edges[8].node.handoverNote.id").entity(String.class).isEqualTo(fixture.get("note"));
        graphQl.documentName("caseTimeline").variable("familyId", fixture.get("family")).variable("first", 2).execute()
                .path("caseTimeline.edges[*].node.kind").entityList(String.class).containsExactly("HELP_QUESTION", "ANALYSIS");
    }

    @Test
    void tent_participants_read_the_timeline_others_do_not_and_every_access_is_audited() {
        var fixture = richFamily();
        var family = fixture.get("family");
        consentToTent(family);
        neo4j.query("MATCH (t:TentSession {id: $id}) SET t.date = date()").bind(fixture.get("session")).to("id").run();

        as(Role.PROFESSIONAL, fixture.get("anja")).documentName("caseTimeline").variable("familyId", family).execute()
                .path("caseTimeline.totalCount").entity(Integer.class).isEqualTo(9);
        var stranger = as(Role.PROFESSIONAL, professional("Vreemde " + tag(), false));
        stranger.documentName("caseTimeline").variable("familyId", family).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
                    assertThat(error.getMessage()).startsWith("familyId: ");
                }));
        as(Role.MUNICIPALITY, null).documentName("caseTimeline").variable("familyId", family).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        // a participant reads, but never writes the dossier
        as(Role.PROFESSIONAL, fixture.get("anja")).documentName("addHandoverNote")
                .variable("input", Map.of("familyId", family, "text", "Notitie.")).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));

        assertThat(auditEvents(family, "READ", "CaseTimeline", "SUCCESS")).isEqualTo(1);
        assertThat(auditEvents(family, "READ", "CaseTimeline", "DENIED")).isEqualTo(1);
        assertThat(neo4j.query("""
                        MATCH (e:AuditEvent {familyId: $familyId}) WHERE 'HandoverNote' IN e.objectTypes
                        RETURN e.eventAction + ' ' + e.purposeOfUse""")
                .bind(family).to("familyId").fetchAs(String.class).all()).containsExactly("CREATE HANDOVER");
    }

    @Test
    void handover_notes_refuse_bad_input_and_write_nothing() {
        var family = createFamily("Gezin Notitiefout " + tag());
        var otherCoach = as(Role.COACH, professional("Andere coach " + tag(), true));
        long size = graphSize();
        assertRefused(graphQl, Map.of("familyId", family, "text", " "), "input.text", "INVALID");
        assertRefused(graphQl, Map.of("familyId", family, "text", "x".repeat(4001)), "input.text", "INVALID");
        assertRefused(graphQl, Map.of("familyId", "gezin-1", "text", "Notitie"), "input.familyId", "INVALID");
        assertRefused(graphQl, Map.of("familyId", UUID.randomUUID().toString(), "text", "Notitie"), "input.familyId", "NOT_FOUND");
        assertRefused(otherCoach, Map.of("familyId", family, "text", "Notitie"), "input.familyId", "NOT_FOUND");
        assertRefused(graphQl, Map.of("familyId", family, "text", "Notitie", "recipientProfessionalId", UUID.randomUUID().toString()),
                "input.recipientProfessionalId", "NOT_FOUND");
        assertRefused(graphQl, Map.of("familyId", family, "text", "Notitie", "recipientProfessionalId", "p-1"),
                "input.recipientProfessionalId", "INVALID");
        graphQl.documentName("caseTimeline").variable("familyId", "gezin-1").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("familyId: must be a UUID")));
        assertThat(graphSize()).isEqualTo(size);
    }

    @Test
    void export_holds_and_erasure_removes_analyses_agreements_sessions_and_handover_notes() {
        var fixture = richFamily();
        var family = fixture.get("family");
        graphQl.documentName("exportFamily").variable("id", family).execute()
                .path("exportFamily.document.analyses[0].id").entity(String.class).isEqualTo(fixture.get("analysis"))
                .path("exportFamily.document.handoverNotes[0].id").entity(String.class).isEqualTo(fixture.get("note"))
                .path("exportFamily.document.tentSessions[0].agreementItems[*].text").entityList(String.class)
                .containsExactly("Anja zoekt een steungezin.", "Evaluatie over zes weken.");
        graphQl.documentName("deleteFamily").variable("id", family).execute()
                .path("deleteFamily.userErrors[0].code").entity(String.class).isEqualTo("REFERENCED");

        var agreements = neo4j.query("MATCH (:TentSession {id: $id})-[:AGREED]->(g:Agreement) RETURN g.id")
                .bind(fixture.get("session")).to("id").fetchAs(String.class).all();
        var factors = neo4j.query("""
                        MATCH (:Analysis {id: $id})-[:HAS_HYPOTHESIS|PROTECTED_BY]->(x) RETURN x.id""")
                .bind(fixture.get("analysis")).to("id").fetchAs(String.class).all();
        assertThat(agreements).hasSize(2);
        var name = neo4j.query("MATCH (f:Family {id: $id}) RETURN f.name").bind(family).to("id").fetchAs(String.class).one().orElseThrow();
        var input = new HashMap<String, Object>(Map.of("familyId", family, "confirmName", name));
        graphQl.documentName("eraseFamily").variable("input", input).execute()
                .path("eraseFamily.userErrors").entityList(Object.class).hasSize(0);
        assertThat(neo4j.query("""
                        RETURN COUNT { MATCH (a:Analysis {id: $analysis}) } + COUNT { MATCH (n:HandoverNote {id: $note}) }
                             + COUNT { MATCH (t:TentSession {id: $session}) }
                             + COUNT { MATCH (g:Agreement) WHERE g.id IN $agreements }
                             + COUNT { MATCH (x) WHERE x.id IN $factors } AS left""")
                .bindAll(Map.of("analysis", fixture.get("analysis"), "note", fixture.get("note"), "session", fixture.get("session"),
                        "agreements", agreements, "factors", factors))
                .fetchAs(Long.class).one().orElseThrow()).isZero();
    }

    private static void assertRefused(org.springframework.graphql.test.tester.GraphQlTester tester, Map<String, Object> input,
                                      String field, String code) {
        tester.documentName("addHandoverNote").variable("input", input).execute()
                .path("addHandoverNote.handoverNote").valueIsNull()
                .path("addHandoverNote.userErrors[?(@.field == '" + field + "')].code").entityList(String.class).contains(code);
    }
}
