package nl.netwerkkaart.audit;

import java.util.List;
import java.util.Optional;

import nl.netwerkkaart.graph.Row;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit trail against what the database cannot change: the keys and this instance's checkpoint file. In
 * order: every line of the checkpoint file is signed; the chain, from the first event to the head, has no gap and
 * every event still matches its write-time MAC and its seal and every checkpoint it passes; the head is where the last
 * event is and not behind any checkpoint; no event sits outside the chain; every event waiting to be sealed has a
 * valid write-time MAC; and the checkpoint file records no alarm. The first failure is reported.
 */
@Component
class AuditVerifier {

    private static final int PAGE = 1000;

    private final AuditRepository events;
    private final AuditKeyRing keys;
    private final AuditCheckpointLog checkpoints;

    AuditVerifier(AuditRepository events, AuditKeyRing keys, AuditCheckpointLog checkpoints) {
        this.events = events;
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    /**
     * Runs in the caller's transaction, holding the chain head's lock from the start, so no sealer moves the head
     * during the walk: sealing waits, appending does not.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    AuditChainVerification verify() {
        var file = checkpoints.read();
        var walk = new AuditChainWalk(keys, file.checkpoints());
        if (file.problem() != null) {
            return walk.broken(AuditCheck.CHECKPOINT_FILE, null, null, file.problem()).orElseThrow();
        }
        var head = events.lockChain();
        if (head.isEmpty()) {
            return walk.broken(AuditCheck.CHAIN_HEAD, null, null, "the chain head (AuditChain 'main') is missing").orElseThrow();
        }
        long last = AuditSealer.number(head.get(), "lastSequence");
        var broken = walk(walk, last, head.get().string("lastHash"));
        if (broken.isPresent()) {
            return broken.get();
        }
        var outside = events.outOfChain(last);
        if (outside.isPresent()) {
            return outOfChain(walk, outside.get(), last);
        }
        for (var unsealed : events.allUnsealed()) {
            var forged = walk.acceptUnsealed(unsealed);
            if (forged.isPresent()) {
                return forged.get();
            }
        }
        if (!file.alarms().isEmpty()) {
            var alarm = file.alarms().get(0);
            return walk.broken(AuditCheck.ALARM, null, alarm.eventId(), alarm.source() + " noticed at " + alarm.time()
                    + " (line " + alarm.line() + " of the checkpoint file) that event " + alarm.eventId() + " "
                    + alarm.reason()).orElseThrow();
        }
        return walk.intact();
    }

    private Optional<AuditChainVerification> walk(AuditChainWalk walk, long last, String lastHash) {
        var broken = walk.begin();
        long after = 0;
        List<Row> page;
        do {
            if (broken.isPresent()) {
                return broken;
            }
            page = events.chain(after, last, PAGE);
            for (var event : page) {
                broken = walk.accept(event);
                if (broken.isPresent()) {
                    return broken;
                }
                after = AuditSealer.number(event, "sequence");
            }
        } while (page.size() == PAGE);
        return walk.finish(last, lastHash);
    }

    private static AuditChainVerification outOfChain(AuditChainWalk walk, Row event, long last) {
        var id = event.string("id");
        var sequence = (Number) event.values().get("sequence");
        String reason;
        if (event.bool("rejected")) {
            reason = "the event was rejected when it was sealed: it had no write-time MAC, or its fields did not match "
                    + "it (forged or changed in the database before it was sealed)";
        }
        else if (sequence != null) {
            reason = "the event has sequence " + sequence + ", beyond the chain's head (" + last + ")";
        }
        else {
            reason = "an event was taken out of the chain";
        }
        return walk.broken(AuditCheck.OUT_OF_CHAIN, sequence == null ? null : sequence.longValue(), id, reason).orElseThrow();
    }
}
