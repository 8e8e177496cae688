package nl.netwerkkaart.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import nl.netwerkkaart.graph.Row;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays every way issue 15 rewrote the audit trail unnoticed, and the naive edits, as an attacker who can write to
 * the database and knows the format (the old one's plain SHA-256 included) but has neither the audit key nor the
 * checkpoint file: each must be detected by {@code verifyAuditChain}, and by the check that points at it.
 * <p>
 * The chain is global and the database shared: each case saves what it touches, and puts it back in a finally block
 * (re-queueing what the sealers linked onto the tampered chain meanwhile, and cutting the checkpoint file back to
 * where it was), then proves the chain valid again, so no case can pass on the breakage of another.
 */
class AuditTamperTest extends GraphQlTestSupport {

    @Autowired
    private AuditService audit;

    @Autowired
    private AuditSealer sealer;

    @Autowired
    private AuditRepository repository;

    @Autowired
    private AuditKeyRing keys;

    @Autowired
    private AuditCheckpointLog checkpoints;

    @Autowired
    private AuditProperties properties;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private Driver driver;

    private String coachId;
    private String familyId;

    @BeforeEach
    void coachedFamily() {
        coachId = neo4j.query("""
                        CREATE (p:Professional {id: randomUUID(), name: 'Coach Manipulatieproef', discipline: 'Gezinscoach',
                                                coach: true, createdAt: datetime(), updatedAt: datetime()})
                        RETURN p.id""")
                .fetchAs(String.class).one().orElseThrow();
        familyId = neo4j.query("""
                        MATCH (c:Professional {id: $coachId}), (m:Area {id: $municipality})
                        CREATE (f:Family {id: randomUUID(), name: 'Gezin Manipulatieproef', createdAt: datetime(),
                                          updatedAt: datetime()})
                        CREATE (f)-[:COACHED_BY]->(c)
                        CREATE (f)-[:LIVES_IN]->(:Area {id: randomUUID(), name: 'Manipulatiekern', kind: 'KERN',
                                                         createdAt: datetime(), updatedAt: datetime()})-[:PART_OF]->(m)
                        RETURN f.id""")
                .bindAll(Map.of("coachId", coachId, "municipality", DEMO_MUNICIPALITY)).fetchAs(String.class).one().orElseThrow();
        var jwt = Jwt.withTokenValue("direct").header("alg", "none").subject("coach-annelies")
                .claim("role", Role.COACH.name()).claim("professional_id", coachId).build();
        SecurityContextHolder.getContext().setAuthentication(
                new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_COACH"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    // --- the cases of issue 15 ---------------------------------------------------------------------------------

    @Test
    void an_event_edited_with_every_later_hash_and_the_head_recomputed_in_the_old_format_is_detected() {
        var target = sealedEvents(3).get(1);

        var result = tampered(target.sequence() - 1, () -> rewriteInOldFormat(target.sequence(), false,
                event -> event.put("userId", "mallory")));

        assertDetected(result, AuditCheck.EVENT_MAC, target.sequence());
    }

    @Test
    void an_event_edited_with_the_later_events_rewritten_in_the_old_unkeyed_format_is_detected() {
        var target = sealedEvents(3).get(1);

        var result = tampered(target.sequence() - 1, () -> rewriteInOldFormat(target.sequence(), true,
                event -> event.put("userId", "mallory")));

        assertDetected(result, AuditCheck.KEY, target.sequence());
    }

    @Test
    void the_whole_chain_rewritten_in_the_old_unkeyed_format_is_detected() {
        sealedEvents(1);

        var result = tampered(0, () -> rewriteInOldFormat(1, true, event -> { }));

        // an unkeyed event after the first checkpoint, or, if that was written when the chain already held events, a
        // mismatch with it
        assertThat(result.valid()).isFalse();
        assertThat(result.failedCheck()).as(result.reason()).isIn(AuditCheck.KEY, AuditCheck.CHECKPOINT);
    }

    @Test
    void an_event_deleted_with_the_rest_renumbered_and_rehashed_is_detected() {
        var target = sealedEvents(3).get(1);

        var result = tampered(target.sequence() - 1, () -> {
            neo4j.query("MATCH (e:AuditEvent {id: $id}) DELETE e").bind(target.id()).to("id").run();
            var later = neo4j.query("MATCH (e:AuditEvent) WHERE e.sequence > $s RETURN e.id ORDER BY e.sequence")
                    .bind(target.sequence()).to("s").fetchAs(String.class).all();
            for (var id : later) {
                neo4j.query("MATCH (e:AuditEvent {id: $id}) SET e.sequence = e.sequence - 1").bind(id).to("id").run();
            }
            rewriteInOldFormat(target.sequence(), false, event -> { });
        });

        assertDetected(result, AuditCheck.SEAL, target.sequence());
    }

    @Test
    void the_newest_sealed_events_cut_off_with_the_head_reset_are_detected() {
        sealedEvents(3);
        var head = repository.chainHead();
        long last = AuditSealer.number(head, "lastSequence");

        var result = tampered(last - 3, () -> {
            neo4j.query("MATCH (e:AuditEvent) WHERE e.sequence > $s DELETE e").bind(last - 3).to("s").run();
            var hash = neo4j.query("MATCH (e:AuditEvent {sequence: $s}) RETURN e.hash").bind(last - 3).to("s")
                    .fetchAs(String.class).one().orElseThrow();
            setHead(last - 3, hash);
        });

        assertDetected(result, AuditCheck.CHECKPOINT, last - 2);
    }

    @Test
    void forged_unsealed_events_are_never_sealed_nor_shown_in_the_trail_and_are_detected() {
        sealedEvents(1);
        var keyed = UUID.randomUUID().toString();
        var unkeyed = UUID.randomUUID().toString();

        var result = tampered(AuditSealer.number(repository.chainHead(), "lastSequence"), () -> {
            // one claims the service's key, with the plain SHA-256 the attacker can compute; the other claims none
            var forged = forgedEvent(keyed);
            forged.put("keyId", keys.current().id());
            forged.put("eventMac", sha256(AuditHash.eventForm(new Row(forged))));
            neo4j.query("CREATE (e:AuditEvent:Unsealed) SET e = $event").bind(forged).to("event").run();
            neo4j.query("CREATE (e:AuditEvent:Unsealed) SET e = $event").bind(forgedEvent(unkeyed)).to("event").run();
            sealer.sealPending();

            assertThat(neo4j.query("MATCH (e:AuditEvent) WHERE e.id IN $ids RETURN e:Rejected AND e.sequence IS NULL")
                    .bind(List.of(keyed, unkeyed)).to("ids").fetchAs(Boolean.class).all()).containsExactly(true, true);
            assertThat(repository.trail(familyId, AuditTrailPage.of(100, null)).edges())
                    .extracting(edge -> edge.node().id()).isNotEmpty().doesNotContain(keyed, unkeyed);
        }, keyed, unkeyed);

        assertDetected(result, AuditCheck.OUT_OF_CHAIN, null);
        assertThat(result.firstBrokenEventId()).isIn(keyed, unkeyed);
    }

    @Test
    void an_event_edited_before_it_is_sealed_is_detected() {
        sealedEvents(1);
        var eventId = new String[1];

        var result = tampered(AuditSealer.number(repository.chainHead(), "lastSequence"), () -> withSealingHeldBack(() -> {
            eventId[0] = record("edited before sealing");
            neo4j.query("MATCH (e:AuditEvent {id: $id}) SET e.userId = 'mallory'").bind(eventId[0]).to("id").run();
        }), eventId);

        assertDetected(result, AuditCheck.OUT_OF_CHAIN, null);
        assertThat(result.firstBrokenEventId()).isEqualTo(eventId[0]);
    }

    @Test
    void an_event_deleted_before_it_is_sealed_is_detected() {
        sealedEvents(1);
        var eventId = new String[1];

        var result = tampered(AuditSealer.number(repository.chainHead(), "lastSequence"), () -> withSealingHeldBack(() -> {
            eventId[0] = record("deleted before sealing");
            neo4j.query("MATCH (e:AuditEvent {id: $id}) DELETE e").bind(eventId[0]).to("id").run();
        }));

        assertDetected(result, AuditCheck.ALARM, null);
        assertThat(result.firstBrokenEventId()).isEqualTo(eventId[0]);
        assertThat(result.reason()).contains("deleted from the database before a checkpoint covered it");
    }

    @Test
    void a_wiped_trail_with_its_head_reset_is_detected() {
        sealedEvents(1);

        var result = tampered(0, () -> {
            neo4j.query("MATCH (e:AuditEvent) DELETE e").run();
            setHead(0, AuditHash.GENESIS);
        });

        assertDetected(result, AuditCheck.CHECKPOINT, 1L);
    }

    // --- the naive edits -----------------------------------------------------------------------------------------

    @Test
    void a_changed_field_is_detected() {
        var target = sealedEvents(2).get(0);

        var result = tampered(target.sequence() - 1, () -> neo4j.query("MATCH (e:AuditEvent {id: $id}) SET e.detail = 'niets gezien'")
                .bind(target.id()).to("id").run());

        assertDetected(result, AuditCheck.EVENT_MAC, target.sequence());
    }

    @Test
    void a_changed_hash_is_detected() {
        var target = sealedEvents(2).get(0);

        var result = tampered(target.sequence() - 1, () -> neo4j.query("MATCH (e:AuditEvent {id: $id}) SET e.hash = $hash")
                .bind(target.id()).to("id").bind("f".repeat(64)).to("hash").run());

        assertDetected(result, AuditCheck.SEAL, target.sequence());
    }

    @Test
    void a_removed_event_is_detected() {
        var target = sealedEvents(2).get(0);

        var result = tampered(target.sequence() - 1, () -> neo4j.query("MATCH (e:AuditEvent {id: $id}) DELETE e")
                .bind(target.id()).to("id").run());

        assertDetected(result, AuditCheck.SEQUENCE, target.sequence());
    }

    @Test
    void a_changed_head_is_detected() {
        sealedEvents(1);
        long last = AuditSealer.number(repository.chainHead(), "lastSequence");

        var result = tampered(last, () -> setHead(AuditSealer.number(repository.chainHead(), "lastSequence"), "e".repeat(64)));

        // at the head; or, when an event was sealed onto the changed head meanwhile, at that event's link
        assertThat(result.valid()).isFalse();
        assertThat(result.failedCheck()).as(result.reason()).isIn(AuditCheck.CHAIN_HEAD, AuditCheck.LINK);
    }

    @Test
    void a_changed_sequence_is_detected() {
        var target = sealedEvents(2).get(0);

        var result = tampered(target.sequence() - 1, () -> neo4j.query("MATCH (e:AuditEvent {id: $id}) SET e.sequence = $s")
                .bind(target.id()).to("id").bind(target.sequence() + 1_000_000).to("s").run());

        assertDetected(result, AuditCheck.SEQUENCE, target.sequence());
    }

    // --- more ways in ----------------------------------------------------------------------------------------------

    @Test
    void an_event_forged_beyond_the_head_is_detected() {
        sealedEvents(1);
        long last = AuditSealer.number(repository.chainHead(), "lastSequence");
        var forgedId = UUID.randomUUID().toString();

        var result = tampered(last, () -> {
            var forged = forgedEvent(forgedId);
            // far enough beyond the head that no sealer reaches the number while the case runs
            forged.put("sequence", last + 1000);
            forged.put("previousHash", repository.chainHead().string("lastHash"));
            forged.put("hash", AuditHash.of(new Row(forged), last + 1000, repository.chainHead().string("lastHash")));
            neo4j.query("CREATE (e:AuditEvent) SET e = $event").bind(forged).to("event").run();
        }, forgedId);

        assertDetected(result, AuditCheck.OUT_OF_CHAIN, last + 1000);
    }

    @Test
    void a_line_added_to_the_checkpoint_file_without_the_key_is_detected() {
        sealedEvents(1);
        long last = AuditSealer.number(repository.chainHead(), "lastSequence");

        var result = tampered(last, () -> append(checkpoints.file(), """
                {"v":2,"form":"checkpoint","sequence":1,"hash":"%s","time":"2026-03-01T09:00:00Z","source":"mallory",\
                "keyId":"%s","mac":"%s"}
                """.formatted("a".repeat(64), keys.current().id(), "b".repeat(64))));

        assertDetected(result, AuditCheck.CHECKPOINT_FILE, null);
    }

    // --- the upgrade -------------------------------------------------------------------------------------------------

    @Test
    void events_the_version_without_keys_left_unsealed_are_keyed_and_sealed_at_the_first_start_with_a_key(@TempDir Path directory)
            throws Exception {
        var legacyId = UUID.randomUUID().toString();
        var newInstance = new AuditSealer(repository, keys,
                new AuditCheckpointLog(directory.resolve("checkpoints.jsonl"), keys, "netwerkkaart@upgraded"),
                new CommittedEvents(), transactionManager, properties);
        var run = new ArrayList<CompletableFuture<Integer>>();

        withSealingHeldBack(() -> {
            // written by the version without keys, before any keyed event, and left unsealed when it stopped
            var legacy = forgedEvent(legacyId);
            legacy.put("eventDateTime", ZonedDateTime.of(2020, 1, 6, 9, 0, 0, 0, ZoneOffset.UTC));
            neo4j.query("CREATE (e:AuditEvent:Unsealed) SET e = $event").bind(legacy).to("event").run();
            run.add(CompletableFuture.supplyAsync(newInstance::sealPending));
            awaitTrue("MATCH (e:AuditEvent {id: $id}) RETURN e.keyId IS NOT NULL", legacyId);
        });
        run.get(0).get();
        sealer.sealPending();

        assertThat(neo4j.query("MATCH (e:AuditEvent {id: $id}) RETURN e.keyId AS keyId, e.sequence IS NOT NULL AS sealed")
                .bind(legacyId).to("id").fetch().one().orElseThrow())
                .containsEntry("keyId", keys.current().id()).containsEntry("sealed", true);
        var verification = verification();
        assertThat(verification.valid()).as(verification.reason()).isTrue();
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private record Sealed(String id, long sequence) {
    }

    /** Records {@code count} events of this test and seals them (with a checkpoint, as the test context is set up). */
    private List<Sealed> sealedEvents(int count) {
        var ids = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            ids.add(record("sealed " + i));
        }
        sealer.sealPending();
        return ids.stream().map(id -> new Sealed(id, neo4j.query("MATCH (e:AuditEvent {id: $id}) RETURN e.sequence")
                .bind(id).to("id").fetchAs(Long.class).one().orElseThrow())).toList();
    }

    private String record(String detail) {
        return new TransactionTemplate(transactionManager).execute(status -> audit.record(new AuditRecord(
                AuditAction.UPDATE, AuditOutcome.SUCCESS, familyId, List.of(), List.of("Family"), List.of(familyId),
                PurposeOfUse.CARE, detail)));
    }

    /** An event in the stored shape, about this test's family, without any key or seal. */
    private HashMap<String, Object> forgedEvent(String id) {
        var event = new HashMap<String, Object>();
        event.put("id", id);
        event.put("eventAction", "READ");
        event.put("eventDateTime", ZonedDateTime.now(ZoneOffset.UTC));
        event.put("outcome", "SUCCESS");
        event.put("userId", "coach-annelies");
        event.put("roleCode", "COACH");
        event.put("purposeOfUse", "CARE");
        event.put("networkAccessPoint", "10.0.0.7");
        event.put("auditSourceId", properties.sourceId());
        event.put("familyId", familyId);
        event.put("personIds", List.of());
        event.put("objectTypes", List.of("Family"));
        event.put("objectIds", List.of(familyId));
        return event;
    }

    /**
     * What the attacker of issue 15 does: from {@code from} on, rewrites every event (after {@code edit}) with its hash
     * recomputed in plain SHA-256 as the old format did, optionally without its key fields, and sets the head.
     */
    private void rewriteInOldFormat(long from, boolean stripKeys, Consumer<Map<String, Object>> edit) {
        var previousHash = from == 1 ? AuditHash.GENESIS : neo4j.query("MATCH (e:AuditEvent {sequence: $s}) RETURN e.hash")
                .bind(from - 1).to("s").fetchAs(String.class).one().orElseThrow();
        var events = neo4j.query("MATCH (e:AuditEvent) WHERE e.sequence >= $from RETURN properties(e) AS e ORDER BY e.sequence")
                .bind(from).to("from").fetch().all();
        long sequence = from - 1;
        for (var stored : events) {
            @SuppressWarnings("unchecked")
            var event = new HashMap<>((Map<String, Object>) stored.get("e"));
            edit.accept(event);
            if (stripKeys) {
                event.remove("keyId");
                event.remove("eventMac");
            }
            sequence = ((Number) event.get("sequence")).longValue();
            var hash = AuditHash.of(new Row(event), sequence, previousHash);
            event.put("previousHash", previousHash);
            event.put("hash", hash);
            neo4j.query("MATCH (e:AuditEvent {id: $id}) SET e = $event").bind(event.get("id")).to("id").bind(event).to("event").run();
            previousHash = hash;
        }
        setHead(sequence, previousHash);
    }

    private void setHead(long sequence, String hash) {
        neo4j.query("MATCH (c:AuditChain {name: 'main'}) SET c.lastSequence = $s, c.lastHash = $h")
                .bindAll(Map.of("s", sequence, "h", hash)).run();
    }

    /**
     * Runs {@code tamper} while holding the chain head's lock in a transaction of its own, so no sealer can link
     * anything until it is done: for edits in the seconds before sealing.
     */
    private void withSealingHeldBack(Runnable tamper) {
        try (var session = driver.session(); var lock = session.beginTransaction()) {
            lock.run("MATCH (c:AuditChain {name: 'main'}) SET c.updatedAt = datetime()").consume();
            tamper.run();
            lock.rollback();
        }
    }

    /** What a case touches, saved for putting back. */
    private record Saved(long from, long lastSequence, String lastHash, List<Map<String, Object>> events, long fileLength) {
    }

    /**
     * Saves the events after {@code from} and those waiting to be sealed, lets {@code tamper} loose, verifies, and
     * puts everything back (also the ids in {@code forged}, which are deleted), proving the chain valid again.
     */
    private AuditChainVerification tampered(long from, Runnable tamper, Object... forged) {
        sealer.sealPending();
        var saved = new TransactionTemplate(transactionManager).execute(status -> {
            var head = repository.lockChain().orElseThrow();
            var events = neo4j.query("""
                            MATCH (e:AuditEvent) WHERE e.sequence > $from OR e:Unsealed
                            RETURN {properties: properties(e), unsealed: e:Unsealed} AS e""")
                    .bind(from).to("from").fetch().all().stream().map(row -> {
                        @SuppressWarnings("unchecked")
                        var event = (Map<String, Object>) row.get("e");
                        return event;
                    }).toList();
            return new Saved(from, AuditSealer.number(head, "lastSequence"), head.string("lastHash"), events,
                    size(checkpoints.file()));
        });
        try {
            tamper.run();
            return verification();
        }
        finally {
            restore(saved, forged);
        }
    }

    private void restore(Saved saved, Object... forged) {
        var forgedIds = new ArrayList<String>();
        for (var id : forged) {
            if (id instanceof String text) {
                forgedIds.add(text);
            }
            else if (id instanceof String[] texts && texts[0] != null) {
                forgedIds.add(texts[0]);
            }
        }
        var savedIds = saved.events().stream().map(event -> {
            @SuppressWarnings("unchecked")
            var properties = (Map<String, Object>) event.get("properties");
            return (String) properties.get("id");
        }).toList();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            repository.lockChain().orElseThrow();
            // what a sealer linked onto the tampered chain meanwhile waits to be sealed again, on the restored one
            neo4j.query("""
                            MATCH (e:AuditEvent) WHERE e.sequence > $from AND NOT e.id IN $saved
                            REMOVE e.sequence, e.previousHash, e.hash, e:Rejected
                            SET e:Unsealed""")
                    .bindAll(Map.of("from", saved.from(), "saved", savedIds)).run();
            neo4j.query("MATCH (e:AuditEvent) WHERE e.id IN $ids DELETE e").bind(forgedIds).to("ids").run();
            neo4j.query("MATCH (e:AuditEvent) WHERE e.id IN $ids REMOVE e.sequence").bind(savedIds).to("ids").run();
            neo4j.query("""
                            UNWIND $events AS saved
                            MERGE (e:AuditEvent {id: saved.properties.id})
                            SET e = saved.properties
                            REMOVE e:Unsealed, e:Rejected
                            WITH e, saved WHERE saved.unsealed
                            SET e:Unsealed""")
                    .bind(saved.events()).to("events").run();
            setHead(saved.lastSequence(), saved.lastHash());
        });
        // lets an anchoring step that saw the tampered chain finish, then forgets what it wrote
        sealer.sealPending();
        try (var channel = FileChannel.open(checkpoints.file(), StandardOpenOption.WRITE)) {
            channel.truncate(saved.fileLength());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var verification = verification();
        assertThat(verification.valid()).as("restored: " + verification.reason()).isTrue();
    }

    private AuditChainVerification verification() {
        return graphQl.documentName("verifyAuditChain").execute()
                .path("verifyAuditChain").entity(AuditChainVerification.class).get();
    }

    private static void assertDetected(AuditChainVerification result, AuditCheck check, Long sequence) {
        assertThat(result.valid()).as("detected").isFalse();
        assertThat(result.failedCheck()).as(result.reason()).isEqualTo(check);
        if (sequence != null) {
            assertThat(result.firstBrokenSequence()).as(result.reason()).isEqualTo(sequence);
        }
    }

    private void awaitTrue(String query, String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!neo4j.query(query).bind(id).to("id").fetchAs(Boolean.class).one().orElse(false)) {
            assertThat(System.nanoTime()).as("waited 30 s for: " + query).isLessThan(deadline);
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(Path file, String line) {
        try {
            Files.writeString(file, line, StandardOpenOption.APPEND);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
