package nl.netwerkkaart.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.netwerkkaart.graph.Row;

/**
 * Walks the sealed events in sequence order, recomputing every MAC and hash and holding the chain against the
 * checkpoints as it passes their sequence numbers. Knows nothing of the database: {@link AuditVerifier} feeds it.
 * <p>
 * Events without a key id are version 1 (unkeyed SHA-256, see {@link AuditHash}): they are accepted only before the
 * first keyed event and no later than the first checkpoint, which is where protection against someone who knows the
 * format starts. Past that point an unkeyed event means events were rewritten in the old format.
 */
final class AuditChainWalk {

    private final AuditKeyRing keys;
    private final List<AuditCheckpointLog.Checkpoint> checkpoints;
    private final long unkeyedUpTo;
    private int nextCheckpoint;
    private long expected = 1;
    private String previousHash = AuditHash.GENESIS;
    private Long firstKeyed;

    AuditChainWalk(AuditKeyRing keys, List<AuditCheckpointLog.Checkpoint> checkpoints) {
        this.keys = keys;
        this.checkpoints = checkpoints.stream()
                .sorted(Comparator.comparingLong(AuditCheckpointLog.Checkpoint::sequence)).toList();
        this.unkeyedUpTo = this.checkpoints.isEmpty() ? Long.MAX_VALUE : this.checkpoints.get(0).sequence();
    }

    /** Checks the checkpoints of the empty chain (sequence 0); call before the first event. */
    Optional<AuditChainVerification> begin() {
        return passCheckpoints(0, AuditHash.GENESIS);
    }

    /** Checks the next event of the chain. */
    Optional<AuditChainVerification> accept(Row event) {
        long sequence = AuditSealer.number(event, "sequence");
        String id = event.string("id");
        if (sequence > expected) {
            return broken(AuditCheck.SEQUENCE, expected, null,
                    "event " + expected + " is missing: the next event has sequence " + sequence);
        }
        if (sequence < expected) {
            return broken(AuditCheck.SEQUENCE, sequence, id, "sequence " + sequence + " appears more than once");
        }
        if (!previousHash.equals(event.string("previousHash"))) {
            return broken(AuditCheck.LINK, sequence, id, "previousHash does not match the hash of event " + (sequence - 1));
        }
        String hash;
        try {
            var keyId = event.string("keyId");
            if (keyId == null) {
                if (firstKeyed != null || sequence > unkeyedUpTo) {
                    return broken(AuditCheck.KEY, sequence, id, "the event has no key, but "
                            + (firstKeyed != null ? "event " + firstKeyed + " before it has one"
                                                  : "every event sealed after the first checkpoint (event " + unkeyedUpTo + ") is keyed")
                            + ": events were rewritten in the unkeyed format");
                }
                hash = AuditHash.of(event, sequence, previousHash);
                if (!hash.equals(event.string("hash"))) {
                    return broken(AuditCheck.SEAL, sequence, id, "the event's fields no longer match the hash it was sealed with");
                }
            }
            else {
                var key = keys.find(keyId);
                if (key.isEmpty()) {
                    return broken(AuditCheck.KEY, sequence, id,
                            "the event is keyed with key id " + keyId + ", which is not in the key ring");
                }
                var eventMac = event.string("eventMac");
                if (!key.get().verifies(AuditHash.eventForm(event), eventMac)) {
                    return broken(AuditCheck.EVENT_MAC, sequence, id,
                            "the event's fields no longer match the MAC they were written with");
                }
                hash = key.get().mac(AuditHash.linkForm(sequence, previousHash, eventMac));
                if (!hash.equals(event.string("hash"))) {
                    return broken(AuditCheck.SEAL, sequence, id,
                            "the event's place in the chain no longer matches the hash it was sealed with");
                }
                if (firstKeyed == null) {
                    firstKeyed = sequence;
                }
            }
        }
        catch (RuntimeException wrongType) {
            return broken(AuditCheck.EVENT_MAC, sequence, id, "a field has a value of the wrong type");
        }
        var checkpoint = passCheckpoints(sequence, hash);
        if (checkpoint.isPresent()) {
            return checkpoint;
        }
        previousHash = hash;
        expected++;
        return Optional.empty();
    }

    /** Checks the end of the chain against its head and against the checkpoints beyond the last event. */
    Optional<AuditChainVerification> finish(long lastSequence, String lastHash) {
        if (expected - 1 != lastSequence) {
            return broken(AuditCheck.SEQUENCE, expected, null,
                    "event " + expected + " is missing: the chain head says the last event is " + lastSequence);
        }
        if (!previousHash.equals(lastHash)) {
            return broken(AuditCheck.CHAIN_HEAD, lastSequence, null, "the chain head's hash does not match the last event");
        }
        if (nextCheckpoint < checkpoints.size()) {
            var beyond = checkpoints.get(checkpoints.size() - 1);
            return broken(AuditCheck.CHECKPOINT, lastSequence + 1, null, "the chain ends at event " + lastSequence
                    + ", but the checkpoint of " + beyond.time() + " (line " + beyond.line() + " of the checkpoint file) "
                    + "recorded event " + beyond.sequence() + ": events were cut from the end of the chain or wiped");
        }
        return Optional.empty();
    }

    /** Checks an event that waits to be sealed: it must carry a valid write-time MAC. */
    Optional<AuditChainVerification> acceptUnsealed(Row event) {
        var id = event.string("id");
        var keyId = event.string("keyId");
        if (keyId == null) {
            return broken(AuditCheck.UNSEALED, null, id, "the event waits to be sealed but has no key: the service did not write it");
        }
        var key = keys.find(keyId);
        if (key.isEmpty()) {
            return broken(AuditCheck.UNSEALED, null, id,
                    "the event waits to be sealed, keyed with key id " + keyId + ", which is not in the key ring");
        }
        try {
            if (key.get().verifies(AuditHash.eventForm(event), event.string("eventMac"))) {
                return Optional.empty();
            }
        }
        catch (RuntimeException wrongType) {
            // reported below, like any other change
        }
        return broken(AuditCheck.UNSEALED, null, id,
                "the event waits to be sealed but its fields no longer match the MAC they were written with");
    }

    AuditChainVerification intact() {
        return new AuditChainVerification(true, checkedEvents(), nextCheckpoint, firstKeyed, null, null, null, null);
    }

    Optional<AuditChainVerification> broken(AuditCheck check, Long sequence, String eventId, String reason) {
        return Optional.of(new AuditChainVerification(false, checkedEvents(), nextCheckpoint, firstKeyed, sequence,
                eventId, check, reason));
    }

    private int checkedEvents() {
        return (int) (expected - 1);
    }

    private Optional<AuditChainVerification> passCheckpoints(long sequence, String hash) {
        while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).sequence() <= sequence) {
            var checkpoint = checkpoints.get(nextCheckpoint);
            if (checkpoint.sequence() == sequence && !checkpoint.hash().equals(hash)) {
                return broken(AuditCheck.CHECKPOINT, sequence, null, "event " + sequence + " differs from the checkpoint of "
                        + checkpoint.time() + " (line " + checkpoint.line() + " of the checkpoint file): the chain was rewritten");
            }
            nextCheckpoint++;
        }
        return Optional.empty();
    }
}
