package nl.netwerkkaart.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import com.nimbusds.jwt.JWTClaimsSet;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import nl.netwerkkaart.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit chain is global and the database shared: tests that break the chain put it back in a finally block, and
 * assertions on counts are relative to this test's own events.
 */
class AuditTest extends GraphQlTestSupport {

    @LocalServerPort
    private int port;

    @Autowired
    private AuditService audit;

    @Autowired
    private AuditSealer sealer;

    @Autowired
    private AuditRepository repository;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private AuditProperties properties;

    @Autowired
    private AuditKeyRing keys;

    @Autowired
    private AuditCheckpointLog checkpoints;

    @Autowired
    private CommittedEvents committed;

    private String coachId;
    private String familyId;

    @BeforeEach
    void coachedFamily() {
        coachId = professional();
        familyId = neo4j.query("""
                        MATCH (c:Professional {id: $coachId}), (m:Area {id: $municipality})
                        CREATE (f:Family {id: randomUUID(), name: 'Gezin Auditproef', createdAt: datetime(), updatedAt: datetime()})
                        CREATE (f)-[:COACHED_BY]->(c)
                        CREATE (f)-[:LIVES_IN]->(:Area {id: randomUUID(), name: 'Auditkern', kind: 'KERN', createdAt: datetime(),
                                                         updatedAt: datetime()})-[:PART_OF]->(m)
                        RETURN f.id""")
                .bindAll(Map.of("coachId", coachId, "municipality", DEMO_MUNICIPALITY)).fetchAs(String.class).one().orElseThrow();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String professional() {
        return neo4j.query("""
                        CREATE (p:Professional {id: randomUUID(), name: 'Coach Auditproef', discipline: 'Gezinscoach', coach: true,
                                                createdAt: datetime(), updatedAt: datetime()})
                        RETURN p.id""")
                .fetchAs(String.class).one().orElseThrow();
    }

    /** Signs this thread in as a coach, for calling the service directly as the family feature does. */
    private void signInHere(String userId, String professionalId) {
        var jwt = Jwt.withTokenValue("direct").header("alg", "none").subject(userId)
                .claim("role", Role.COACH.name()).claim("professional_id", professionalId).build();
        SecurityContextHolder.getContext().setAuthentication(
                new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_COACH"))));
    }

    /** A GraphQL client signed in as the family's coach under a known user id. */
    private HttpGraphQlTester coach(String userId) {
        var token = TestTokens.token(new JWTClaimsSet.Builder().subject(userId).claim("role", "COACH")
                .claim("professional_id", coachId).claim("municipality_id", DEMO_MUNICIPALITY)
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        return HttpGraphQlTester.create(http().mutate()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", "Bearer " + token)
                .build());
    }

    private AuditRecord update(String detail) {
        return new AuditRecord(AuditAction.UPDATE, AuditOutcome.SUCCESS, familyId, List.of(), List.of("Family"),
                List.of(familyId), PurposeOfUse.CARE, detail);
    }

    private String recordInTransaction(AuditRecord record) {
        return new TransactionTemplate(transactionManager).execute(status -> audit.record(record));
    }

    private boolean exists(String detail) {
        return neo4j.query("RETURN EXISTS { MATCH (e:AuditEvent {familyId: $familyId, detail: $detail}) }")
                .bind(familyId).to("familyId").bind(detail).to("detail").fetchAs(Boolean.class).one().orElseThrow();
    }

    private long sequenceOf(String eventId) {
        return neo4j.query("MATCH (e:AuditEvent {id: $id}) RETURN e.sequence").bind(eventId).to("id")
                .fetchAs(Long.class).one().orElseThrow();
    }

    private GraphQlTester.Response verify() {
        return graphQl.documentName("verifyAuditChain").execute();
    }

    private static void assertError(GraphQlTester.Response response, String type) {
        response.errors().satisfy(errors -> assertThat(errors).isNotEmpty()
                .allSatisfy(error -> assertThat(error.getErrorType().toString()).isEqualTo(type)));
    }

    @Test
    void an_access_recorded_in_a_transaction_is_read_back_in_the_trail_with_every_nen_7513_field() {
        signInHere("coach-annelies", coachId);
        var personId = UUID.randomUUID().toString();
        var eventId = recordInTransaction(new AuditRecord(AuditAction.UPDATE, AuditOutcome.SUCCESS, familyId,
                List.of(personId), List.of("Family", "Person"), List.of(familyId, personId), PurposeOfUse.HANDOVER,
                "contact details updated", "coach-bram"));

        coach("coach-annelies").documentName("auditTrail").variable("familyId", familyId).execute()
                .path("auditTrail.totalCount").entity(Integer.class).isEqualTo(1)
                .path("auditTrail.edges[0].node").matchesJson("""
                        {"id": "%s", "eventAction": "UPDATE", "outcome": "SUCCESS", "userId": "coach-annelies",
                         "roleCode": "COACH", "purposeOfUse": "HANDOVER", "onBehalfOf": "coach-bram",
                         "networkAccessPoint": "internal", "familyId": "%s", "personIds": ["%s"],
                         "objectTypes": ["Family", "Person"], "objectIds": ["%s", "%s"],
                         "detail": "contact details updated"}"""
                        .formatted(eventId, familyId, personId, familyId, personId))
                .path("auditTrail.edges[0].node.sequence").entity(Long.class).isEqualTo(sequenceOf(eventId));

        // the first read of the trail is the newest event in the second
        coach("coach-annelies").documentName("auditTrail").variable("familyId", familyId).execute()
                .path("auditTrail.totalCount").entity(Integer.class).isEqualTo(2)
                .path("auditTrail.edges[0].node").matchesJson("""
                        {"eventAction": "READ", "outcome": "SUCCESS", "userId": "coach-annelies", "roleCode": "COACH",
                         "purposeOfUse": "ACCOUNTABILITY", "onBehalfOf": null, "networkAccessPoint": "127.0.0.1",
                         "familyId": "%s", "personIds": [], "objectTypes": ["AuditTrail"], "objectIds": ["%s"],
                         "detail": null}""".formatted(familyId, familyId))
                .path("auditTrail.edges[0].node.auditSourceId").entity(String.class).satisfies(source ->
                        assertThat(source).startsWith("netwerkkaart@"))
                .path("auditTrail.edges[0].node.eventDateTime").entity(String.class).satisfies(time ->
                        assertThat(OffsetDateTime.parse(time)).isBetween(OffsetDateTime.now().minusMinutes(1), OffsetDateTime.now()))
                .path("auditTrail.edges[0].node.sequence").entity(Long.class).satisfies(sequence ->
                        assertThat(sequence).isGreaterThan(sequenceOf(eventId)));
    }

    @Test
    void the_trail_pages_newest_first() {
        signInHere("coach-annelies", coachId);
        for (var detail : List.of("first change", "second change", "third change")) {
            recordInTransaction(update(detail));
        }

        var page = coach("coach-annelies").documentName("auditTrail").variable("familyId", familyId).variable("first", 2).execute();
        page.path("auditTrail.totalCount").entity(Integer.class).isEqualTo(3)
                .path("auditTrail.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("auditTrail.edges[*].node.detail").entityList(String.class).containsExactly("third change", "second change");
        var after = page.path("auditTrail.pageInfo.endCursor").entity(String.class).get();

        coach("coach-annelies").documentName("auditTrail").variable("familyId", familyId).variable("first", 2)
                .variable("after", after).execute()
                .path("auditTrail.edges[*].node.detail").entityList(String.class).containsExactly("first change")
                .path("auditTrail.pageInfo").matchesJson("""
                        {"hasNextPage": false, "hasPreviousPage": true}""");
    }

    @Test
    void a_cursor_not_from_the_trail_and_an_out_of_range_page_size_are_bad_requests() {
        var trail = as(Role.COACH, coachId).documentName("auditTrail").variable("familyId", familyId);
        trail.variable("after", "b2Zmc2V0OjE").execute().errors().expect(error ->
                "BAD_REQUEST".equals(error.getErrorType().toString()) && "after".equals(error.getExtensions().get("field"))).verify();
        trail.variable("after", null).variable("first", 101).execute().errors().expect(error ->
                "BAD_REQUEST".equals(error.getErrorType().toString()) && "first".equals(error.getExtensions().get("field"))).verify();
    }

    @Test
    void recording_outside_a_transaction_fails_so_nothing_happens_unlogged() {
        signInHere("coach-annelies", coachId);

        assertThatThrownBy(() -> audit.record(update("outside a transaction")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(exists("outside a transaction")).isFalse();
    }

    @Test
    void a_read_transaction_commits_only_after_its_event_is_committed_by_the_group_commit() {
        signInHere("coach-annelies", coachId);
        var readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);

        // the read transaction cannot write, so recording in it succeeds only because the event goes to the group
        // commit; whether the writer has committed it while the read still runs depends on timing, so only the end counts
        readOnly.executeWithoutResult(status -> audit.record(update("read in a read transaction")));

        assertThat(exists("read in a read transaction")).isTrue();
    }

    @Test
    void reads_in_parallel_each_answer_only_after_their_own_event_is_committed() throws Exception {
        signInHere("coach-annelies", coachId);
        var readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        var user = SecurityContextHolder.getContext();
        var pool = Executors.newFixedThreadPool(16);
        try {
            var reads = IntStream.range(0, 200).mapToObj(i -> pool.submit(() -> {
                SecurityContextHolder.setContext(user);
                readOnly.executeWithoutResult(status -> audit.record(update("parallel read " + i)));
                return exists("parallel read " + i);
            })).toList();
            for (var read : reads) {
                assertThat(read.get()).isTrue();
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_denial_is_kept_when_the_callers_transaction_rolls_back() {
        signInHere("coach-annelies", coachId);

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            audit.record(update("rolled back"));
            audit.recordDenied(update("refused"));
            throw new IllegalStateException("the access is refused");
        })).hasMessage("the access is refused");

        assertThat(exists("rolled back")).isFalse();
        assertThat(neo4j.query("MATCH (e:AuditEvent {familyId: $familyId, detail: 'refused'}) RETURN e.outcome")
                .bind(familyId).to("familyId").fetchAs(String.class).one()).contains("DENIED");
    }

    @Test
    void events_outlive_the_family_they_concern() {
        signInHere("coach-annelies", coachId);
        recordInTransaction(update("before erasure"));

        neo4j.query("MATCH (f:Family {id: $id}) DETACH DELETE f").bind(familyId).to("id").run();

        assertThat(exists("before erasure")).isTrue();
    }

    @Test
    void pending_events_are_sealed_on_schedule_without_anyone_asking() throws InterruptedException {
        signInHere("coach-annelies", coachId);
        var eventId = recordInTransaction(update("sealed on schedule"));

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (neo4j.query("MATCH (e:AuditEvent {id: $id}) RETURN e.sequence IS NOT NULL").bind(eventId).to("id")
                .fetchAs(Boolean.class).one().orElseThrow() == Boolean.FALSE && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(sequenceOf(eventId)).isPositive();
    }

    @Test
    void the_chain_verifies_after_new_events() {
        signInHere("coach-annelies", coachId);
        var eventId = recordInTransaction(update("verified"));

        var verification = verify().path("verifyAuditChain").entity(AuditChainVerification.class).get();

        assertThat(verification.valid()).as(verification.reason()).isTrue();
        assertThat(verification.checkedEvents()).isGreaterThanOrEqualTo((int) sequenceOf(eventId));
    }

    @Test
    void an_edited_event_breaks_the_chain_at_its_sequence() {
        signInHere("coach-annelies", coachId);
        var eventId = recordInTransaction(update("to be edited"));
        sealer.sealPending();
        long sequence = sequenceOf(eventId);

        neo4j.query("MATCH (e:AuditEvent {id: $id}) SET e.userId = 'mallory'").bind(eventId).to("id").run();
        try {
            verify().path("verifyAuditChain").matchesJson("""
                    {"valid": false, "firstBrokenSequence": %d, "firstBrokenEventId": "%s", "failedCheck": "EVENT_MAC",
                     "reason": "the event's fields no longer match the MAC they were written with"}"""
                    .formatted(sequence, eventId))
                    .path("verifyAuditChain.checkedEvents").entity(Integer.class).isEqualTo((int) sequence - 1);
        }
        finally {
            neo4j.query("MATCH (e:AuditEvent {id: $id}) SET e.userId = 'coach-annelies'").bind(eventId).to("id").run();
        }
        verify().path("verifyAuditChain.valid").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void an_event_deleted_from_the_middle_leaves_a_gap() {
        signInHere("coach-annelies", coachId);
        var eventId = recordInTransaction(update("to be deleted"));
        recordInTransaction(update("after the deleted one"));
        sealer.sealPending();
        long sequence = sequenceOf(eventId);
        var stored = neo4j.query("MATCH (e:AuditEvent {id: $id}) RETURN properties(e) AS e").bind(eventId).to("id")
                .fetch().one().orElseThrow().get("e");

        neo4j.query("MATCH (e:AuditEvent {id: $id}) DELETE e").bind(eventId).to("id").run();
        try {
            verify().path("verifyAuditChain").matchesJson("""
                    {"valid": false, "checkedEvents": %d, "firstBrokenSequence": %d, "firstBrokenEventId": null}"""
                    .formatted(sequence - 1, sequence))
                    .path("verifyAuditChain.reason").entity(String.class).satisfies(reason ->
                            assertThat(reason).startsWith("event " + sequence + " is missing"));
        }
        finally {
            neo4j.query("CREATE (e:AuditEvent) SET e = $stored").bind(stored).to("stored").run();
        }
        verify().path("verifyAuditChain.valid").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void an_event_taken_out_of_the_chain_is_detected() {
        signInHere("coach-annelies", coachId);
        var eventId = recordInTransaction(update("taken out"));
        sealer.sealPending();
        long sequence = sequenceOf(eventId);
        var stored = neo4j.query("MATCH (e:AuditEvent {id: $id}) RETURN e.previousHash AS previousHash, e.hash AS hash")
                .bind(eventId).to("id").fetch().one().orElseThrow();

        neo4j.query("MATCH (e:AuditEvent {id: $id}) REMOVE e.sequence, e.previousHash, e.hash").bind(eventId).to("id").run();
        try {
            verify().path("verifyAuditChain.valid").entity(Boolean.class).isEqualTo(false)
                    .path("verifyAuditChain.firstBrokenSequence").entity(Long.class).isEqualTo(sequence);
        }
        finally {
            neo4j.query("MATCH (e:AuditEvent {id: $id}) SET e.sequence = $sequence, e.previousHash = $previousHash, e.hash = $hash")
                    .bindAll(Map.of("id", eventId, "sequence", sequence, "previousHash", stored.get("previousHash"),
                            "hash", stored.get("hash")))
                    .run();
        }
        verify().path("verifyAuditChain.valid").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void two_sealers_in_parallel_build_one_chain_without_gaps() throws Exception {
        signInHere("coach-annelies", coachId);
        var eventIds = new TransactionTemplate(transactionManager).execute(status ->
                IntStream.range(0, 200).mapToObj(i -> audit.record(update("parallel " + i))).toList());
        var properties = new AuditProperties(7, null, null, null, this.properties.checkpointFile(), Duration.ZERO);
        var sealers = List.of(new AuditSealer(repository, keys, checkpoints, committed, transactionManager, properties),
                new AuditSealer(repository, keys, checkpoints, committed, transactionManager, properties));
        var start = new CountDownLatch(1);

        var runs = sealers.stream().map(sealer -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return sealer.sealPending();
        })).toList();
        start.countDown();
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();

        var sequences = neo4j.query("MATCH (e:AuditEvent) WHERE e.id IN $ids RETURN e.sequence")
                .bind(eventIds).to("ids").fetchAs(Long.class).all();
        assertThat(sequences).hasSize(200).doesNotContainNull().doesNotHaveDuplicates();
        verify().path("verifyAuditChain.valid").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void a_coach_cannot_read_the_trail_of_another_coachs_family_and_the_attempt_is_recorded() {
        var otherCoach = professional();

        var response = as(Role.COACH, otherCoach).documentName("auditTrail").variable("familyId", familyId).execute();
        response.errors()
                .expect(error -> "NOT_FOUND".equals(error.getErrorType().toString())
                        && "familyId".equals(error.getExtensions().get("field")))
                .verify();

        coach("coach-annelies").documentName("auditTrail").variable("familyId", familyId).execute()
                .path("auditTrail.edges[0].node").matchesJson("""
                        {"eventAction": "READ", "outcome": "DENIED", "objectTypes": ["AuditTrail"]}""");
    }

    @Test
    void an_unknown_family_looks_the_same_as_a_forbidden_one() {
        as(Role.COACH, coachId).documentName("auditTrail").variable("familyId", UUID.randomUUID().toString()).execute()
                .errors().expect(error -> "NOT_FOUND".equals(error.getErrorType().toString())).verify();
    }

    @Test
    void a_malformed_family_id_is_a_bad_request() {
        as(Role.COACH, coachId).documentName("auditTrail").variable("familyId", "not-a-uuid").execute()
                .errors().expect(error -> "BAD_REQUEST".equals(error.getErrorType().toString())
                        && "familyId".equals(error.getExtensions().get("field"))).verify();
    }

    @Test
    void only_coaches_read_trails_and_only_administrators_verify_the_chain() {
        assertError(as(Role.MUNICIPALITY, null).documentName("auditTrail").variable("familyId", familyId).execute(), "FORBIDDEN");
        assertError(as(Role.ADMIN, null).documentName("auditTrail").variable("familyId", familyId).execute(), "FORBIDDEN");
        assertError(as(Role.PROFESSIONAL, coachId).documentName("auditTrail").variable("familyId", familyId).execute(), "FORBIDDEN");
        assertError(as(Role.COACH, coachId).documentName("verifyAuditChain").execute(), "FORBIDDEN");
    }

    @Test
    void a_refusal_by_role_is_audited_with_the_family_it_was_about() {
        assertError(as(Role.MUNICIPALITY, null).documentName("family").variable("id", familyId).execute(), "FORBIDDEN");
        assertError(as(Role.ADMIN, null).documentName("exportFamily").variable("id", familyId).execute(), "FORBIDDEN");

        var denied = neo4j.query("""
                        MATCH (e:AuditEvent {familyId: $familyId, outcome: 'DENIED'})
                        RETURN e.roleCode + ' ' + e.eventAction + ' ' + e.detail AS event ORDER BY event""")
                .bind(familyId).to("familyId").fetchAs(String.class).all();
        assertThat(denied).containsExactly(
                "ADMIN EXPORT refused by role: PrivacyService.export",
                "MUNICIPALITY READ refused by role: FamilyService.family");
    }
}
