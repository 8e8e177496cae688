package nl.netwerkkaart.concurrency;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import nl.netwerkkaart.family.FamilyTestSupport;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation with an "at most one X per Y" rule or a state step that must happen once, fired {@value #PARALLEL}
 * times at the same moment over real HTTP: the rule holds afterwards, exactly the expected number of requests
 * succeed, and the others get a typed user error, never an INTERNAL_ERROR. Each test counts the invariants it finds
 * broken; {@link #report()} prints them per mutation.
 */
class ConcurrencyTest extends FamilyTestSupport {

    static final int PARALLEL = 16;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, List<String>> BROKEN = new TreeMap<>();

    private static final String USER_ERRORS = "userErrors { field message code }";

    @LocalServerPort
    private int port;

    // ---------------------------------------------------------------- network ties

    @Test
    void parallel_additions_of_one_pair_make_one_tie() {
        var family = createFamily("Gezin Gelijktijdig " + tag());
        var a = networkPerson(family, "Anouk");
        var b = networkPerson(family, "Bram");
        var outcomes = fire("addNetworkTie", """
                mutation($input: AddNetworkTieInput!) { addNetworkTie(input: $input) { tie { id } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("familyId", family, "fromPersonId", i % 2 == 0 ? a : b,
                        "toPersonId", i % 2 == 0 ? b : a, "kind", "FRIEND", "ring", 2)));
        var openTies = single("""
                MATCH (:Family {id: $family})<-[:OF_FAMILY]-(t:NetworkTie)
                WHERE EXISTS { (t)<-[:VERSION_OF]-(v:NetworkTieVersion) WHERE v.validTo IS NULL }
                RETURN count(t)""", Map.of("family", family));
        check("addNetworkTie", outcomes, 1, Set.of("CONFLICT"),
                Map.of("one open tie per pair", openTies == 1));
    }

    @Test
    void parallel_edits_of_one_tie_leave_one_current_version() {
        var family = createFamily("Gezin Bewerking " + tag());
        var tie = tie(family);
        var outcomes = fire("updateNetworkTie", """
                mutation($input: UpdateNetworkTieInput!) { updateNetworkTie(input: $input) { tie { id } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("tieId", tie, "kind", "FRIEND", "ring", 1 + i % 4)));
        var successes = outcomes.stream().filter(Outcome::succeeded).count();
        check("updateNetworkTie", outcomes, PARALLEL, Set.of(), Map.of(
                "one current version per tie", openVersions(tie) == 1,
                "one new version per successful edit", versions(tie) == 1 + successes,
                "the map shows the tie once", onMap(family, tie) == 1,
                "the tie's history reads", historyReads(tie)));
    }

    @Test
    void parallel_edits_with_the_version_seen_let_one_win_and_tell_the_others() {
        var family = createFamily("Gezin Versie " + tag());
        var tie = tie(family);
        int seen = tieVersion(tie);
        var outcomes = fire("updateNetworkTie", """
                mutation($input: UpdateNetworkTieInput!) { updateNetworkTie(input: $input) { tie { id version } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("tieId", tie, "kind", "FRIEND", "ring", 1 + i % 4, "expectedVersion", seen)));
        check("updateNetworkTie (expectedVersion)", outcomes, 1, Set.of("CONFLICT"), Map.of(
                "one current version per tie", openVersions(tie) == 1,
                "exactly one new version", versions(tie) == 2,
                "the version went up once", tieVersion(tie) == seen + 1,
                "losers are told about input.expectedVersion", outcomes.stream().filter(o -> !o.succeeded())
                        .allMatch(o -> "input.expectedVersion".equals(o.userErrors().get(0).get("field")))));
    }

    @Test
    void parallel_ends_of_one_tie_end_it_once() {
        var family = createFamily("Gezin Einde " + tag());
        var tie = tie(family);
        var outcomes = fire("endNetworkTie", """
                mutation($input: EndNetworkTieInput!) { endNetworkTie(input: $input) { tie { id } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("tieId", tie, "reason", "Verhuisd " + i)));
        check("endNetworkTie", outcomes, 1, Set.of("INVALID", "CONFLICT"), Map.of(
                "no current version", openVersions(tie) == 0,
                "the one version is closed, none added", versions(tie) == 1));
    }

    @Test
    void parallel_edits_and_ends_of_one_tie_leave_it_ended() {
        var family = createFamily("Gezin Gemengd " + tag());
        var tie = tie(family);
        var outcomes = fire("updateNetworkTie+endNetworkTie", """
                mutation($update: UpdateNetworkTieInput!, $end: EndNetworkTieInput!, $isEnd: Boolean!) {
                  updateNetworkTie(input: $update) @skip(if: $isEnd) { tie { id } %1$s }
                  endNetworkTie(input: $end) @include(if: $isEnd) { tie { id } %1$s }
                }""".formatted(USER_ERRORS),
                i -> Map.of("update", Map.of("tieId", tie, "kind", "FRIEND", "ring", 1 + i % 4),
                        "end", Map.of("tieId", tie), "isEnd", i % 2 == 1));
        var ends = outcomes.stream().filter(o -> o.succeeded() && o.index() % 2 == 1).count();
        check("updateNetworkTie+endNetworkTie", outcomes, -1, Set.of("INVALID", "CONFLICT"), Map.of(
                "exactly one end succeeded", ends == 1,
                "no current version after the end", openVersions(tie) == 0,
                "the tie's history reads", historyReads(tie)));
    }

    // ---------------------------------------------------------------- network persons and resource uses

    @Test
    void parallel_ends_of_a_network_person_end_them_once() {
        var family = createFamily("Gezin Vertrek " + tag());
        var person = networkPerson(family, "Cor");
        var outcomes = fire("endNetworkPerson", """
                mutation($input: EndNetworkPersonInput!) { endNetworkPerson(input: $input) { person { id } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("familyId", family, "personId", person)));
        var open = single("""
                MATCH (:Person {id: $person})-[n:IN_NETWORK_OF]->(:Family {id: $family}) WHERE n.validTo IS NULL
                RETURN count(n)""", Map.of("person", person, "family", family));
        check("endNetworkPerson", outcomes, 1, Set.of("INVALID", "CONFLICT"), Map.of("no open membership", open == 0));
    }

    @Test
    void parallel_uses_of_one_resource_make_one_use() {
        var family = createFamily("Gezin Voorziening " + tag());
        var person = networkPerson(family, "Dirk");
        var resource = resource();
        var outcomes = fire("addResourceUse", """
                mutation($input: AddResourceUseInput!) { addResourceUse(input: $input) { resourceUse { resourceId } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("familyId", family, "personId", person, "resourceId", resource)));
        check("addResourceUse", outcomes, 1, Set.of("CONFLICT"),
                Map.of("one open use per person and resource", openUses(person, resource) == 1));
    }

    @Test
    void parallel_ends_of_one_resource_use_end_it_once() {
        var family = createFamily("Gezin Gebruik " + tag());
        var person = networkPerson(family, "Eva");
        var resource = resource();
        graphQl.document("""
                        mutation($input: AddResourceUseInput!) { addResourceUse(input: $input) { %s } }""".formatted(USER_ERRORS))
                .variable("input", Map.of("familyId", family, "personId", person, "resourceId", resource))
                .execute().path("addResourceUse.userErrors").entityList(Object.class).hasSize(0);
        var outcomes = fire("endResourceUse", """
                mutation($input: EndResourceUseInput!) { endResourceUse(input: $input) { resourceUse { resourceId } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("familyId", family, "personId", person, "resourceId", resource)));
        check("endResourceUse", outcomes, 1, Set.of("INVALID", "CONFLICT"), Map.of(
                "no open use", openUses(person, resource) == 0,
                "one use recorded", single("MATCH (:Person {id: $p})-[u:USES]->(:CommunityResource {id: $r}) RETURN count(u)",
                        Map.of("p", person, "r", resource)) == 1));
    }

    // ---------------------------------------------------------------- matches

    @Test
    void parallel_proposals_of_one_helper_make_one_open_match() {
        var family = createFamily("Gezin Voorstel " + tag());
        var question = createQuestion(family, "Hulp bij de administratie.", List.of("FINANCES"));
        var helper = professionalWithCapacity(3);
        var outcomes = fire("proposeMatch", """
                mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("helpQuestionId", question, "helperId", helper)));
        check("proposeMatch", outcomes, 1, Set.of("CONFLICT"),
                Map.of("one open match per question and helper", openMatches(question, helper) == 1));
    }

    @Test
    void parallel_confirmations_confirm_once_and_take_one_place() {
        var family = createFamily("Gezin Bevestiging " + tag());
        var question = createQuestion(family, "Opvoedondersteuning.", List.of("FINANCES"));
        var helper = professionalWithCapacity(3);
        var match = propose(question, helper);
        var outcomes = fire("confirmMatch", matchStep("confirmMatch", "ConfirmMatchInput"), i -> Map.of("input", Map.of("id", match)));
        check("confirmMatch", outcomes, 1, Set.of("INVALID", "CONFLICT"), Map.of(
                "one place taken", capacity(helper) == 2,
                "the match is confirmed", "CONFIRMED".equals(matchStatus(match))));
    }

    @Test
    void parallel_closes_close_once_and_give_one_place_back() {
        var family = createFamily("Gezin Afsluiting " + tag());
        var question = createQuestion(family, "Schulden.", List.of("FINANCES"));
        var helper = professionalWithCapacity(3);
        var match = propose(question, helper);
        graphQl.document(matchStep("confirmMatch", "ConfirmMatchInput")).variable("input", Map.of("id", match))
                .execute().path("confirmMatch.userErrors").entityList(Object.class).hasSize(0);
        var outcomes = fire("closeMatch", matchStep("closeMatch", "CloseMatchInput"),
                i -> Map.of("input", Map.of("id", match, "outcome", "HELPED")));
        check("closeMatch", outcomes, 1, Set.of("INVALID", "CONFLICT"), Map.of(
                "the place is given back once", capacity(helper) == 3,
                "the match is closed", "CLOSED".equals(matchStatus(match))));
    }

    @Test
    void parallel_proposals_and_deletions_of_a_question_leave_no_orphan_match() {
        var family = createFamily("Gezin Verwijdering " + tag());
        var question = createQuestion(family, "Vervoer naar school.", List.of("FINANCES"));
        var helper = professionalWithCapacity(3);
        var outcomes = fire("proposeMatch+deleteHelpQuestion", """
                mutation($input: ProposeMatchInput!, $id: ID!, $isDelete: Boolean!) {
                  proposeMatch(input: $input) @skip(if: $isDelete) { match { id } %1$s }
                  deleteHelpQuestion(input: {id: $id}) @include(if: $isDelete) { deletedId %1$s }
                }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("helpQuestionId", question, "helperId", helper), "id", question, "isDelete", i % 2 == 1));
        var orphans = single("MATCH (m:Match) WHERE NOT (m)-[:FOR_QUESTION]->() RETURN count(m)", Map.of());
        check("proposeMatch+deleteHelpQuestion", outcomes, -1, Set.of("CONFLICT", "NOT_FOUND", "REFERENCED", "INVALID"), Map.of(
                "no match without its question", orphans == 0,
                "at most one open match per question and helper", openMatches(question, helper) <= 1));
    }

    @Test
    void parallel_first_analyses_of_a_question_make_one_analysis() {
        var family = createFamily("Gezin Analyse " + tag());
        var question = createQuestion(family, "Ruzie thuis.", List.of("FINANCES"));
        // a save of another question first, so its large statement is planned once, as in a running service: sixteen
        // plannings at once on two loaded cores outlast the transaction timeout before any lock is taken
        graphQl.document("mutation($input: SaveAnalysisInput!) { saveAnalysis(input: $input) { %s } }".formatted(USER_ERRORS))
                .variable("input", Map.of("helpQuestionId", createQuestion(family, "Opvoeding.", List.of("FINANCES")),
                        "hypotheses", List.of(Map.of("text", "Vermoeidheid", "lifeDomains", List.of("FINANCES")))))
                .execute().path("saveAnalysis.userErrors").entityList(Object.class).hasSize(0);
        var outcomes = fire("saveAnalysis", """
                mutation($input: SaveAnalysisInput!) { saveAnalysis(input: $input) { analysis { id } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("helpQuestionId", question, "summary", "Samenvatting " + i,
                        "hypotheses", List.of(Map.of("text", "Geldzorgen " + i, "lifeDomains", List.of("FINANCES"))))));
        check("saveAnalysis", outcomes, PARALLEL, Set.of(), Map.of(
                "one analysis per question", single("MATCH (:HelpQuestion {id: $id})<-[:EXPLAINS]-(a:Analysis) RETURN count(a)",
                        Map.of("id", question)) == 1,
                "one set of hypotheses", single("MATCH (:HelpQuestion {id: $id})<-[:EXPLAINS]-(:Analysis)-[:HAS_HYPOTHESIS]->(y) RETURN count(y)",
                        Map.of("id", question)) == 1));
    }

    // ---------------------------------------------------------------- tent sessions, consents, members

    @Test
    void parallel_invitations_of_one_professional_invite_once() {
        var family = createFamily("Gezin Tent " + tag());
        var session = tentSession(family, LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(7).toString(), List.of());
        var professional = professional("Jeugdverpleegkundige " + tag(), false);
        var outcomes = fire("inviteTentParticipants", """
                mutation($input: InviteTentParticipantsInput!) {
                  inviteTentParticipants(input: $input) { tentSession { id } %s }
                }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("tentSessionId", session, "professionalIds", List.of(professional))));
        var invitations = single("MATCH (:Professional {id: $p})-[r:PARTICIPATES_IN]->(:TentSession {id: $s}) RETURN count(r)",
                Map.of("p", professional, "s", session));
        check("inviteTentParticipants", outcomes, 1, Set.of("CONFLICT"),
                Map.of("one participation per session and professional", invitations == 1));
    }

    @Test
    void parallel_cancellations_cancel_once() {
        var family = createFamily("Gezin Afgelast " + tag());
        var session = tentSession(family, LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(7).toString(), List.of());
        var outcomes = fire("cancelTentSession", """
                mutation($input: CancelTentSessionInput!) { cancelTentSession(input: $input) { tentSession { id } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("id", session, "reason", "Ziek " + i)));
        check("cancelTentSession", outcomes, 1, Set.of("INVALID", "CONFLICT"), Map.of());
    }

    @Test
    void parallel_revocations_of_a_consent_revoke_once() {
        var family = createFamily("Gezin Toestemming " + tag());
        var parent = addMember(new HashMap<>(Map.of("familyId", family, "givenName", "Femke", "role", "PARENT",
                "authority", true, "birthDate", "1985-03-14")));
        var consent = graphQl.document("""
                        mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } %s } }""".formatted(USER_ERRORS))
                .variable("input", Map.of("familyId", family, "givenByPersonIds", List.of(parent), "scopes", List.of("SHARE_WITH_TENT")))
                .execute().path("recordConsent.consent.id").entity(String.class).get();
        var outcomes = fire("revokeConsent", """
                mutation($input: RevokeConsentInput!) { revokeConsent(input: $input) { consent { id } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("consentId", consent, "reason", "Ingetrokken " + i)));
        check("revokeConsent", outcomes, 1, Set.of("CONFLICT"), Map.of());
    }

    @Test
    void parallel_removals_of_a_member_remove_once() {
        var family = createFamily("Gezin Verhuizing " + tag());
        addMember(family, "Gerrit", "PARENT", true);
        var child = addMember(family, "Hanna", "CHILD", false);
        var outcomes = fire("removeFamilyMember", """
                mutation($familyId: ID!, $personId: ID!) {
                  removeFamilyMember(input: {familyId: $familyId, personId: $personId}) { family { id } %s }
                }""".formatted(USER_ERRORS),
                i -> Map.of("familyId", family, "personId", child));
        check("removeFamilyMember", outcomes, 1, Set.of("NOT_FOUND", "CONFLICT"),
                Map.of("the person is gone", single("MATCH (p:Person {id: $id}) RETURN count(p)", Map.of("id", child)) == 0));
    }

    // ---------------------------------------------------------------- optimistic concurrency elsewhere

    @Test
    void parallel_edits_of_a_network_person_with_the_version_seen_let_one_win() {
        var family = createFamily("Gezin Persoon " + tag());
        var person = networkPerson(family, "Kees");
        var outcomes = fire("updateNetworkPerson (expectedVersion)", """
                mutation($input: UpdateNetworkPersonInput!) { updateNetworkPerson(input: $input) { person { id version } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("familyId", family, "personId", person, "givenName", "Kees " + i, "expectedVersion", 1)));
        checkOneWins("updateNetworkPerson (expectedVersion)", outcomes,
                single("MATCH (p:Person {id: $id}) RETURN p.version", Map.of("id", person)) == 2);
    }

    @Test
    void parallel_edits_of_a_family_member_with_the_version_seen_let_one_win() {
        var family = createFamily("Gezin Lid " + tag());
        var member = addMember(family, "Lotte", "PARENT", true);
        var outcomes = fire("updatePerson (expectedVersion)", """
                mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id version } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("id", member, "givenName", "Lotte " + i, "expectedVersion", 1)));
        checkOneWins("updatePerson (expectedVersion)", outcomes,
                single("MATCH (p:Person {id: $id}) RETURN p.version", Map.of("id", member)) == 2);
    }

    @Test
    void parallel_edits_of_a_family_with_the_version_seen_let_one_win() {
        var area = area("Kern " + tag(), "KERN");
        var family = createFamily("Gezin Naam " + tag(), area, coach);
        var outcomes = fire("updateFamily (expectedVersion)", """
                mutation($input: UpdateFamilyInput!) { updateFamily(input: $input) { family { id version } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("id", family, "name", "Gezin Naam " + i, "areaId", area, "coachId", coach,
                        "expectedVersion", 1)));
        checkOneWins("updateFamily (expectedVersion)", outcomes, single("""
                MATCH (f:Family {id: $id})
                RETURN f.version * 100 + COUNT { (f)-[:LIVES_IN]->() } * 10 + COUNT { (f)-[:COACHED_BY]->() }""",
                Map.of("id", family)) == 211);
    }

    @Test
    void parallel_edits_of_a_help_question_with_the_version_seen_let_one_win() {
        var family = createFamily("Gezin Vraag " + tag());
        var question = createQuestion(family, "Rust in huis.", List.of("FINANCES"));
        var outcomes = fire("updateHelpQuestion (expectedVersion)", """
                mutation($input: UpdateHelpQuestionInput!) { updateHelpQuestion(input: $input) { helpQuestion { id version } %s } }""".formatted(USER_ERRORS),
                i -> Map.of("input", Map.of("id", question, "text", "Rust in huis " + i, "lifeDomains", List.of("FINANCES"),
                        "status", "OPEN", "expectedVersion", 1)));
        checkOneWins("updateHelpQuestion (expectedVersion)", outcomes, single("""
                MATCH (h:HelpQuestion {id: $id}) RETURN h.version * 10 + COUNT { (h)-[:CONCERNS]->() }""",
                Map.of("id", question)) == 21);
    }

    @AfterAll
    static void report() {
        var lines = new ArrayList<String>();
        BROKEN.forEach((mutation, broken) -> lines.add("%-36s %2d broken %s".formatted(mutation, broken.size(), broken.isEmpty() ? "" : broken)));
        System.out.println("Concurrency suite, " + PARALLEL + " parallel requests per mutation:\n  " + String.join("\n  ", lines));
    }

    // ---------------------------------------------------------------- firing and checking

    /** One answer: the mutation's payload user errors and the GraphQL errors; {@code index} is the request's number. */
    record Outcome(int index, List<Map<String, Object>> userErrors, List<Map<String, Object>> errors) {

        boolean succeeded() {
            return errors.isEmpty() && userErrors.isEmpty();
        }
    }

    /** Sends {@value #PARALLEL} requests at once as the family's coach, released together by one latch. */
    private List<Outcome> fire(String name, String document, IntFunction<Map<String, Object>> variables) {
        var token = TestTokens.token(Role.COACH, DEMO_MUNICIPALITY, coach);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            var futures = new ArrayList<Future<Outcome>>();
            for (int i = 0; i < PARALLEL; i++) {
                int index = i;
                var body = JSON.writeValueAsString(Map.of("query", document, "variables", variables.apply(index)));
                futures.add(pool.submit(() -> {
                    start.await();
                    return post(index, token, body);
                }));
            }
            start.countDown();
            var outcomes = new ArrayList<Outcome>();
            for (var future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        }
        catch (Exception e) {
            throw new IllegalStateException(name + ": the parallel requests did not complete", e);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private Outcome post(int index, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(90))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        var response = JSON.readValue(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body(), Map.class);
        var errors = (List<Map<String, Object>>) response.getOrDefault("errors", List.of());
        var userErrors = new ArrayList<Map<String, Object>>();
        var data = (Map<String, Object>) response.get("data");
        if (data != null) {
            data.values().stream().filter(payload -> payload instanceof Map)
                    .forEach(payload -> userErrors.addAll((List<Map<String, Object>>) ((Map<String, Object>) payload).get("userErrors")));
        }
        return new Outcome(index, userErrors, errors);
    }

    /**
     * Records and asserts the invariants: no GraphQL error (INTERNAL_ERROR or other), {@code successes} requests
     * succeeded (-1: any number), every refusal a user error with one of {@code refusalCodes}, and each named
     * invariant holds.
     */
    private static void check(String mutation, List<Outcome> outcomes, int successes, Set<String> refusalCodes,
                              Map<String, Boolean> invariants) {
        var broken = new ArrayList<String>();
        var failed = outcomes.stream().filter(o -> !o.errors().isEmpty()).toList();
        if (!failed.isEmpty()) {
            broken.add(failed.size() + " answered a GraphQL error such as "
                    + failed.get(0).errors().get(0).getOrDefault("extensions", failed.get(0).errors().get(0)));
        }
        var succeeded = outcomes.stream().filter(Outcome::succeeded).count();
        if (successes >= 0 && succeeded != successes) {
            broken.add(succeeded + " succeeded instead of " + successes);
        }
        var untyped = outcomes.stream().filter(o -> o.errors().isEmpty())
                .flatMap(o -> o.userErrors().stream())
                .filter(error -> !refusalCodes.contains(String.valueOf(error.get("code"))))
                .toList();
        if (!untyped.isEmpty()) {
            broken.add(untyped.size() + " refusals of an unexpected kind such as " + untyped.get(0));
        }
        new TreeMap<>(invariants).forEach((invariant, holds) -> {
            if (!holds) {
                broken.add(invariant);
            }
        });
        synchronized (BROKEN) {
            BROKEN.put(mutation, broken);
        }
        assertThat(broken).as(mutation + ": broken invariants").isEmpty();
    }

    /** One request wins, the others get a CONFLICT on input.expectedVersion, and {@code changedOnce} holds. */
    private static void checkOneWins(String mutation, List<Outcome> outcomes, boolean changedOnce) {
        check(mutation, outcomes, 1, Set.of("CONFLICT"), Map.of(
                "changed exactly once", changedOnce,
                "losers are told about input.expectedVersion", outcomes.stream().filter(o -> !o.succeeded())
                        .allMatch(o -> o.errors().isEmpty() && "input.expectedVersion".equals(o.userErrors().get(0).get("field")))));
    }

    // ---------------------------------------------------------------- fixtures and reads

    private String networkPerson(String familyId, String givenName) {
        return graphQl.document("""
                        mutation($input: AddNetworkPersonInput!) { addNetworkPerson(input: $input) { person { id } %s } }""".formatted(USER_ERRORS))
                .variable("input", Map.of("familyId", familyId, "givenName", givenName))
                .execute().path("addNetworkPerson.person.id").entity(String.class).get();
    }

    /** A tie between two new network persons of the family. */
    private String tie(String familyId) {
        var a = networkPerson(familyId, "Ilse");
        var b = networkPerson(familyId, "Jan");
        return graphQl.document("""
                        mutation($input: AddNetworkTieInput!) { addNetworkTie(input: $input) { tie { id } %s } }""".formatted(USER_ERRORS))
                .variable("input", Map.of("familyId", familyId, "fromPersonId", a, "toPersonId", b, "kind", "NEIGHBOUR", "ring", 3))
                .execute().path("addNetworkTie.tie.id").entity(String.class).get();
    }

    private String resource() {
        return neo4j.query("""
                        CREATE (r:CommunityResource {id: randomUUID(), name: $name, status: 'ACTIVE', createdAt: datetime(), updatedAt: datetime()})
                        RETURN r.id""")
                .bind("Voedselbank " + tag()).to("name").fetchAs(String.class).one().orElseThrow();
    }

    private String professionalWithCapacity(int capacity) {
        return neo4j.query("""
                        CREATE (p:Professional {id: randomUUID(), name: $name, discipline: 'Schuldhulpverlener', tier: 'FIRST_LINE',
                                                capacity: $capacity, coach: false, createdAt: datetime(), updatedAt: datetime()})
                        RETURN p.id""")
                .bind("Hulpverlener " + tag()).to("name").bind(capacity).to("capacity")
                .fetchAs(String.class).one().orElseThrow();
    }

    private String propose(String questionId, String helperId) {
        return graphQl.document("""
                        mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } %s } }""".formatted(USER_ERRORS))
                .variable("input", Map.of("helpQuestionId", questionId, "helperId", helperId))
                .execute().path("proposeMatch.match.id").entity(String.class).get();
    }

    private static String matchStep(String mutation, String inputType) {
        return "mutation($input: %s!) { %s(input: $input) { match { id status } %s } }".formatted(inputType, mutation, USER_ERRORS);
    }

    private long single(String cypher, Map<String, Object> parameters) {
        return neo4j.query(cypher).bindAll(new HashMap<>(parameters)).fetchAs(Long.class).one().orElseThrow();
    }

    private long openVersions(String tieId) {
        return single("MATCH (:NetworkTie {id: $id})<-[:VERSION_OF]-(v:NetworkTieVersion) WHERE v.validTo IS NULL RETURN count(v)",
                Map.of("id", tieId));
    }

    private long versions(String tieId) {
        return single("MATCH (:NetworkTie {id: $id})<-[:VERSION_OF]-(v:NetworkTieVersion) RETURN count(v)", Map.of("id", tieId));
    }

    private int tieVersion(String tieId) {
        return graphQl.document("query($id: ID!) { networkTieHistory(tieId: $id) { version } }")
                .variable("id", tieId).execute()
                .path("networkTieHistory[0].version").entity(Integer.class).get();
    }

    private long openUses(String personId, String resourceId) {
        return single("""
                MATCH (:Person {id: $p})-[u:USES]->(:CommunityResource {id: $r}) WHERE u.validTo IS NULL RETURN count(u)""",
                Map.of("p", personId, "r", resourceId));
    }

    private long openMatches(String questionId, String helperId) {
        return single("""
                MATCH (:HelpQuestion {id: $q})<-[:FOR_QUESTION]-(m:Match)-[:WITH_HELPER]->({id: $h})
                WHERE m.status <> 'CLOSED' RETURN count(m)""", Map.of("q", questionId, "h", helperId));
    }

    private String matchStatus(String matchId) {
        return neo4j.query("MATCH (m:Match {id: $id}) RETURN m.status").bind(matchId).to("id")
                .fetchAs(String.class).one().orElseThrow();
    }

    private int capacity(String professionalId) {
        return neo4j.query("MATCH (p:Professional {id: $id}) RETURN p.capacity").bind(professionalId).to("id")
                .fetchAs(Long.class).one().orElseThrow().intValue();
    }

    /** How many edges of the family's map today are the tie, read through the API. */
    private long onMap(String familyId, String tieId) {
        var edges = graphQl.document("query($id: ID!) { familyNetwork(familyId: $id) { edges { id } } }")
                .variable("id", familyId).execute()
                .path("familyNetwork.edges[*].id").entityList(String.class).get();
        return edges.stream().filter(tieId::equals).count();
    }

    /** Whether the tie's history answers without an error. */
    private boolean historyReads(String tieId) {
        var ok = new boolean[] {true};
        graphQl.document("query($id: ID!) { networkTieHistory(tieId: $id) { versionId } }")
                .variable("id", tieId).execute()
                .errors().satisfy(errors -> ok[0] = errors.isEmpty());
        return ok[0];
    }
}
