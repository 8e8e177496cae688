package nl.netwerkkaart.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class MatchLifecycleTest extends MatchingTestSupport {

    private String debt() {
        return expertise("Schulden levenscyclus", List.of("FINANCES"), null);
    }

    private String questionStatus(String questionId) {
        return neo4j.query("MATCH (h:HelpQuestion {id: $id}) RETURN h.status").bind(questionId).to("id")
                .fetchAs(String.class).one().orElseThrow();
    }

    private List<String> auditedMatchActions(String familyId) {
        return neo4j.query("""
                        MATCH (e:AuditEvent {familyId: $family}) WHERE 'Match' IN e.objectTypes AND e.outcome = 'SUCCESS'
                        RETURN e.eventAction ORDER BY e.eventDateTime""")
                .bind(familyId).to("family").fetchAs(String.class).all().stream().toList();
    }

    @Test
    void a_match_goes_from_proposal_to_outcome_with_timestamps_capacity_and_question_status() {
        var professional = professional("Ruud Levenscyclus", "SPECIALIST", 2, List.of(debt()), kern);
        var family = family("Gezin Levenscyclus");
        var question = createQuestion(family, "Schulden bij de zorgverzekeraar.", List.of("FINANCES"));

        var id = graphQl.documentName("proposeMatch")
                .variable("input", Map.of("helpQuestionId", question, "helperId", professional, "note", "  Eerste kennismaking  "))
                .execute()
                .path("proposeMatch.userErrors").entityList(Object.class).hasSize(0)
                .path("proposeMatch.match").matchesJson("""
                        {"status": "PROPOSED", "ladderStep": "SPECIALIST", "outcome": null, "note": "Eerste kennismaking",
                         "helperId": "%s", "confirmedAt": null, "startedAt": null, "closedAt": null,
                         "timeToMatch": null, "timeToStart": null, "helpQuestion": {"id": "%s", "status": "OPEN"},
                         "helper": {"__typename": "Professional", "name": "Ruud Levenscyclus", "capacity": 2}}""".formatted(professional, question))
                .path("proposeMatch.match.proposedAt").entity(String.class).satisfies(at -> assertThat(at).isNotBlank())
                .path("proposeMatch.match.id").entity(String.class).get();

        graphQl.documentName("confirmMatch").variable("input", Map.of("id", id)).execute()
                .path("confirmMatch.userErrors").entityList(Object.class).hasSize(0)
                .path("confirmMatch.match").matchesJson("""
                        {"status": "CONFIRMED", "helpQuestion": {"status": "MATCHED"}, "helper": {"capacity": 1}}""")
                .path("confirmMatch.match.timeToMatch").entity(String.class)
                .satisfies(duration -> assertThat(Duration.parse(duration)).isPositive());
        assertThat(capacity(professional)).isEqualTo(1);

        graphQl.documentName("startMatch").variable("input", Map.of("id", id)).execute()
                .path("startMatch.userErrors").entityList(Object.class).hasSize(0)
                .path("startMatch.match.status").entity(String.class).isEqualTo("STARTED")
                .path("startMatch.match.timeToStart").entity(String.class)
                .satisfies(duration -> assertThat(Duration.parse(duration)).isPositive())
                .path("startMatch.match.startedAt").entity(String.class).satisfies(at -> assertThat(at).isNotBlank());

        graphQl.documentName("closeMatch").variable("input", Map.of("id", id, "outcome", "HELPED", "note", "Regeling getroffen"))
                .execute()
                .path("closeMatch.userErrors").entityList(Object.class).hasSize(0)
                .path("closeMatch.match").matchesJson("""
                        {"status": "CLOSED", "outcome": "HELPED", "note": "Regeling getroffen",
                         "helpQuestion": {"status": "CLOSED"}, "helper": {"capacity": 2}}""")
                .path("closeMatch.match.closedAt").entity(String.class).satisfies(at -> assertThat(at).isNotBlank());
        assertThat(capacity(professional)).isEqualTo(2);

        graphQl.documentName("helpQuestionMatches").variable("id", question).execute()
                .path("helpQuestion.matches[*].id").entityList(String.class).containsExactly(id);
        assertThat(auditedMatchActions(family)).containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE");
    }

    @Test
    void a_match_that_did_not_click_reopens_its_question_and_a_proposal_takes_no_place() {
        var professional = professional("Geen Klik Levenscyclus", "FIRST_LINE", 1, List.of(debt()), kern);
        var question = createQuestion(family("Gezin Opnieuw"), "Schulden.", List.of("FINANCES"));
        var proposed = propose(question, professional);
        assertThat(capacity(professional)).isEqualTo(1);
        close(proposed, "NO_LONGER_NEEDED");
        assertThat(questionStatus(question)).as("a closed proposal leaves the question alone").isEqualTo("OPEN");

        var confirmed = propose(question, professional);
        confirm(confirmed);
        assertThat(questionStatus(question)).isEqualTo("MATCHED");
        close(confirmed, "NO_CLICK");
        assertThat(questionStatus(question)).isEqualTo("OPEN");
        assertThat(capacity(professional)).isEqualTo(1);
    }

    @Test
    void confirming_with_no_place_left_is_a_conflict_and_writes_nothing() {
        var professional = professional("Vol Bezet", "SPECIALIST", 0, List.of(debt()), kern);
        var question = createQuestion(family("Gezin Vol"), "Schulden.", List.of("FINANCES"));
        var match = propose(question, professional);
        var before = graphSize();

        graphQl.documentName("confirmMatch").variable("input", Map.of("id", match)).execute()
                .path("confirmMatch.match").valueIsNull()
                .path("confirmMatch.userErrors[0]").matchesJson("""
                        {"field": "input.id", "code": "CONFLICT", "message": "the professional has no open place left"}""");
        assertThat(graphSize()).isEqualTo(before);
        assertThat(capacity(professional)).isZero();
        assertThat(questionStatus(question)).isEqualTo("OPEN");
        graphQl.documentName("match").variable("id", match).execute().path("match.status").entity(String.class).isEqualTo("PROPOSED");
    }

    @Test
    void two_parallel_confirmations_for_the_last_place_never_both_succeed() throws Exception {
        var executor = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                var professional = professional("Laatste Plek " + round, "SPECIALIST", 1, List.of(debt()), kern);
                var first = propose(createQuestion(family("Gezin Eerste"), "Schulden.", List.of("FINANCES")), professional);
                var second = propose(createQuestion(family("Gezin Tweede"), "Schulden.", List.of("FINANCES")), professional);
                var barrier = new CyclicBarrier(2);
                var answers = new ArrayList<Future<List<String>>>();
                for (var match : List.of(first, second)) {
                    GraphQlTester client = as(Role.COACH, municipality, coach);
                    answers.add(executor.submit(() -> {
                        barrier.await();
                        return client.documentName("confirmMatch").variable("input", Map.of("id", match)).execute()
                                .path("confirmMatch.userErrors[*].code").entityList(String.class).get();
                    }));
                }
                var codes = new ArrayList<List<String>>();
                for (var answer : answers) {
                    codes.add(answer.get());
                }

                assertThat(codes).as("round " + round).containsExactlyInAnyOrder(List.of(), List.of("CONFLICT"));
                assertThat(capacity(professional)).isZero();
                assertThat(neo4j.query("""
                                MATCH (:Professional {id: $id})<-[:WITH_HELPER]-(m:Match) RETURN m.status ORDER BY m.status""")
                        .bind(professional).to("id").fetchAs(String.class).all()).containsExactly("CONFIRMED", "PROPOSED");
            }
        }
        finally {
            executor.shutdownNow();
        }
    }

    @Test
    void network_persons_and_community_resources_are_helpers_on_their_ladder_steps() {
        var family = family("Gezin Netwerk");
        var aunt = addMember(family, "Tante Mien", "OTHER", false);
        var neighbour = person("Buurman Henk");
        var formerNeighbour = person("Oud-buurman");
        neo4j.query("""
                        MATCH (f:Family {id: $family}), (n:Person {id: $neighbour}), (o:Person {id: $former})
                        CREATE (n)-[:IN_NETWORK_OF {validFrom: date('2024-01-01')}]->(f)
                        CREATE (o)-[:IN_NETWORK_OF {validFrom: date('2020-01-01'), validTo: date('2023-01-01')}]->(f)""")
                .bindAll(Map.of("family", family, "neighbour", neighbour, "former", formerNeighbour)).run();
        var resource = resource("Steungezinnen Test", "ACTIVE");
        var question = createQuestion(family, "Iemand om op terug te vallen.", List.of("SOCIAL_NETWORK"));

        graphQl.documentName("proposeMatch").variable("input", Map.of("helpQuestionId", question, "helperId", aunt)).execute()
                .path("proposeMatch.match").matchesJson("""
                        {"ladderStep": "NETWORK", "helper": {"__typename": "Person", "givenName": "Tante Mien"}}""");
        var withNeighbour = propose(question, neighbour);
        graphQl.documentName("proposeMatch").variable("input", Map.of("helpQuestionId", question, "helperId", resource)).execute()
                .path("proposeMatch.match").matchesJson("""
                        {"ladderStep": "COMMUNITY", "helper": {"__typename": "CommunityResource", "id": "%s"}}""".formatted(resource));
        graphQl.documentName("proposeMatch").variable("input", Map.of("helpQuestionId", question, "helperId", formerNeighbour)).execute()
                .path("proposeMatch.userErrors[0]").matchesJson("""
                        {"field": "input.helperId", "code": "INVALID", "message": "must be a person in the family's network"}""");
        confirm(withNeighbour);
        graphQl.documentName("match").variable("id", withNeighbour).execute().path("match.status").entity(String.class).isEqualTo("CONFIRMED");
    }

    private String person(String givenName) {
        return neo4j.query("""
                        CREATE (p:Person {id: randomUUID(), givenName: $name, languages: ['nl'], createdAt: datetime(), updatedAt: datetime()})
                        RETURN p.id""").bind(givenName).to("name").fetchAs(String.class).one().orElseThrow();
    }

    private String resource(String name, String status) {
        return neo4j.query("""
                        CREATE (r:CommunityResource {id: randomUUID(), name: $name, kind: 'VOLUNTEER_SUPPORT', status: $status,
                                                     languages: ['nl'], free: true, createdAt: datetime(), updatedAt: datetime()})
                        RETURN r.id""").bind(name + " " + tag()).to("name").bind(status).to("status")
                .fetchAs(String.class).one().orElseThrow();
    }

    @Test
    void every_mutation_refuses_bad_input_and_writes_nothing() {
        var professional = professional("Foutgevoelig", "FIRST_LINE", 3, List.of(debt()), kern);
        var family = family("Gezin Fouten");
        var question = createQuestion(family, "Schulden.", List.of("FINANCES"));
        var closedQuestion = createQuestion(family, "Oude vraag.", List.of("FINANCES"));
        graphQl.documentName("updateHelpQuestion")
                .variable("input", Map.of("id", closedQuestion, "text", "Oude vraag.", "lifeDomains", List.of("FINANCES"), "status", "CLOSED"))
                .execute().path("updateHelpQuestion.userErrors").entityList(Object.class).hasSize(0);
        var proposed = propose(question, professional);
        var closed = propose(question, professional("Gesloten", "FIRST_LINE", 3, List.of(debt()), kern));
        close(closed, "NOT_REACHED");
        var stranger = person("Onbekende");
        var inactive = resource("Gesloten voorziening", "TEMPORARILY_CLOSED");
        var otherCoachsQuestion = as(Role.COACH, municipality, coachOfOtherFamily()).documentName("proposeMatch");
        var unknown = UUID.randomUUID().toString();
        var before = graphSize();

        expectError("proposeMatch", Map.of("helpQuestionId", "vraag-1", "helperId", professional), "input.helpQuestionId", "INVALID");
        expectError("proposeMatch", Map.of("helpQuestionId", question, "helperId", "hulp-1"), "input.helperId", "INVALID");
        expectError("proposeMatch", Map.of("helpQuestionId", unknown, "helperId", professional), "input.helpQuestionId", "NOT_FOUND");
        expectError("proposeMatch", Map.of("helpQuestionId", question, "helperId", unknown), "input.helperId", "NOT_FOUND");
        expectError("proposeMatch", Map.of("helpQuestionId", question, "helperId", professional, "note", "x".repeat(501)), "input.note", "INVALID");
        expectError("proposeMatch", Map.of("helpQuestionId", closedQuestion, "helperId", professional), "input.helpQuestionId", "INVALID");
        expectError("proposeMatch", Map.of("helpQuestionId", question, "helperId", stranger), "input.helperId", "INVALID");
        expectError("proposeMatch", Map.of("helpQuestionId", question, "helperId", inactive), "input.helperId", "INVALID");
        expectError("proposeMatch", Map.of("helpQuestionId", question, "helperId", professional), "input.helperId", "CONFLICT");
        otherCoachsQuestion.variable("input", Map.of("helpQuestionId", question, "helperId", professional)).execute()
                .path("proposeMatch.userErrors[0]").matchesJson("{\"field\": \"input.helpQuestionId\", \"code\": \"NOT_FOUND\"}");

        for (var operation : List.of("confirmMatch", "startMatch")) {
            expectError(operation, Map.of("id", "match-1"), "input.id", "INVALID");
            expectError(operation, Map.of("id", unknown), "input.id", "NOT_FOUND");
            expectError(operation, Map.of("id", closed), "input.id", "INVALID");
        }
        expectError("startMatch", Map.of("id", proposed), "input.id", "INVALID");
        expectError("closeMatch", Map.of("id", "match-1", "outcome", "HELPED"), "input.id", "INVALID");
        expectError("closeMatch", Map.of("id", unknown, "outcome", "HELPED"), "input.id", "NOT_FOUND");
        expectError("closeMatch", Map.of("id", closed, "outcome", "HELPED"), "input.id", "INVALID");
        expectError("closeMatch", Map.of("id", proposed, "outcome", "HELPED", "note", "x".repeat(501)), "input.note", "INVALID");
        graphQl.documentName("closeMatch").variable("input", Map.of("id", proposed, "outcome", "MISSCHIEN")).execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());

        assertThat(graphSize()).isEqualTo(before);
        assertThat(capacity(professional)).isEqualTo(3);
    }

    private String coachOfOtherFamily() {
        return professional("Andere coach " + tag(), true);
    }

    private void expectError(String operation, Map<String, Object> input, String field, String code) {
        graphQl.documentName(operation).variable("input", input).execute()
                .path(operation + ".match").valueIsNull()
                .path(operation + ".userErrors[*].field").entityList(String.class).contains(field)
                .path(operation + ".userErrors[?(@.field == '" + field + "')].code").entityList(String.class).contains(code);
    }

    @Test
    void only_the_familys_coach_runs_a_match_and_refusals_are_audited() {
        var professional = professional("Alleen Coach", "FIRST_LINE", 3, List.of(debt()), kern);
        var family = family("Gezin Rollen");
        var question = createQuestion(family, "Schulden.", List.of("FINANCES"));
        var match = propose(question, professional);
        var otherCoach = as(Role.COACH, municipality, coachOfOtherFamily());
        var before = graphSize();

        as(Role.PROFESSIONAL, municipality, professional).documentName("confirmMatch").variable("input", Map.of("id", match)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        otherCoach.documentName("confirmMatch").variable("input", Map.of("id", match)).execute()
                .path("confirmMatch.userErrors[0]").matchesJson("{\"field\": \"input.id\", \"code\": \"NOT_FOUND\"}");

        assertThat(graphSize()).isEqualTo(before);
        assertThat(neo4j.query("""
                        MATCH (e:AuditEvent {familyId: $family}) WHERE 'Match' IN e.objectTypes AND e.outcome = 'DENIED'
                        RETURN e.eventAction""").bind(family).to("family").fetchAs(String.class).all()).containsExactly("UPDATE");
    }
}
