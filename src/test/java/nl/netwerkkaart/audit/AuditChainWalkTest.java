package nl.netwerkkaart.audit;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.netwerkkaart.graph.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk over the sealed events, fed directly: chains that an installation can hold but a fresh test database
 * cannot, such as events sealed before keys were introduced, or keyed with a key rotated away since.
 */
class AuditChainWalkTest {

    private static final AuditKeyRing.Key OLD = AuditKeyRing.key("old fictional audit key, 32 bytes".getBytes());
    private static final AuditKeyRing.Key NEW = AuditKeyRing.key("new fictional audit key, 32 bytes".getBytes());

    private final List<Row> chain = new ArrayList<>();
    private String lastHash = AuditHash.GENESIS;

    /** Seals the next event as the service did: unkeyed (version 1) when {@code key} is null. */
    private Row seal(AuditKeyRing.Key key) {
        var event = new HashMap<>(AuditHashTest.event());
        event.put("id", UUID.randomUUID().toString());
        long sequence = chain.size() + 1;
        event.put("sequence", sequence);
        event.put("previousHash", lastHash);
        if (key == null) {
            event.put("hash", AuditHash.of(new Row(event), sequence, lastHash));
        }
        else {
            event.put("keyId", key.id());
            var eventMac = key.mac(AuditHash.eventForm(new Row(event)));
            event.put("eventMac", eventMac);
            event.put("hash", key.mac(AuditHash.linkForm(sequence, lastHash, eventMac)));
        }
        var row = new Row(event);
        chain.add(row);
        lastHash = row.string("hash");
        return row;
    }

    private static AuditKeyRing ring(AuditKeyRing.Key... keys) {
        var text = new StringBuilder();
        for (var key : keys) {
            text.append(Base64.getEncoder().encodeToString(key.secret().getEncoded())).append(',');
        }
        return AuditKeyRing.parse(text.toString(), "test");
    }

    private static AuditCheckpointLog.Checkpoint checkpoint(Row event) {
        return new AuditCheckpointLog.Checkpoint(AuditSealer.number(event, "sequence"), event.string("hash"),
                "2026-03-01T09:00:00Z", "netwerkkaart@test", 1);
    }

    private AuditChainVerification walk(AuditKeyRing keys, List<AuditCheckpointLog.Checkpoint> checkpoints) {
        var walk = new AuditChainWalk(keys, checkpoints);
        Optional<AuditChainVerification> broken = walk.begin();
        for (var event : chain) {
            if (broken.isPresent()) {
                return broken.get();
            }
            broken = walk.accept(event);
        }
        return broken.or(() -> walk.finish(chain.size(), lastHash)).orElseGet(walk::intact);
    }

    @Test
    void events_sealed_before_keys_still_verify_and_protection_starts_at_the_first_keyed_event() {
        seal(null);
        var anchor = seal(null);
        seal(NEW);
        seal(NEW);

        var result = walk(ring(NEW), List.of(checkpoint(anchor), checkpoint(chain.get(3))));

        assertThat(result.valid()).as(result.reason()).isTrue();
        assertThat(result.firstKeyedSequence()).isEqualTo(3);
        assertThat(result.checkedCheckpoints()).isEqualTo(2);
    }

    @Test
    void an_unkeyed_event_after_a_keyed_one_is_a_rewrite_in_the_old_format() {
        seal(null);
        seal(NEW);
        seal(null);

        var result = walk(ring(NEW), List.of());

        assertThat(result).extracting(AuditChainVerification::failedCheck, AuditChainVerification::firstBrokenSequence)
                .containsExactly(AuditCheck.KEY, 3L);
    }

    @Test
    void an_unkeyed_event_after_the_first_checkpoint_is_a_rewrite_in_the_old_format() {
        var anchor = seal(null);
        seal(null);

        var result = walk(ring(NEW), List.of(checkpoint(anchor)));

        assertThat(result).extracting(AuditChainVerification::failedCheck, AuditChainVerification::firstBrokenSequence)
                .containsExactly(AuditCheck.KEY, 2L);
    }

    @Test
    void events_keyed_before_and_after_a_rotation_verify_only_while_the_old_key_stays_in_the_ring() {
        seal(OLD);
        seal(OLD);
        seal(NEW);

        assertThat(walk(ring(OLD, NEW), List.of()).valid()).isTrue();
        var withoutOldKey = walk(ring(NEW), List.of());
        assertThat(withoutOldKey).extracting(AuditChainVerification::failedCheck, AuditChainVerification::firstBrokenSequence)
                .containsExactly(AuditCheck.KEY, 1L);
        assertThat(withoutOldKey.reason()).contains(OLD.id()).contains("not in the key ring");
    }

    @Test
    void a_checkpoint_of_the_empty_chain_must_be_the_genesis() {
        var walk = new AuditChainWalk(ring(NEW), List.of(
                new AuditCheckpointLog.Checkpoint(0, "f".repeat(64), "2026-03-01T09:00:00Z", "netwerkkaart@test", 1)));

        assertThat(walk.begin()).map(AuditChainVerification::failedCheck).contains(AuditCheck.CHECKPOINT);
    }
}
