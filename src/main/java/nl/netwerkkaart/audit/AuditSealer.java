package nl.netwerkkaart.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.graph.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links appended events into the chain. Appending stays free of shared locks; ordering and sealing happen here, in
 * batches, each in its own transaction that holds the write lock on the {@code AuditChain} head, so concurrent
 * sealers (in this or another instance of the service) take turns and the chain has no gaps or forks.
 * Events are linked in ({@code eventDateTime}, {@code id}) order within what is committed when a batch starts; an
 * event committed later with an earlier time gets a later sequence, since the sequence, not the time, is the chain.
 * <p>
 * Before linking an event the sealer checks its write-time MAC: an event without one, or whose fields no longer match
 * it, was forged or changed in the database, and is rejected (kept, labelled {@code Rejected}, never linked) with an
 * alarm in the checkpoint file. After each run it anchors the chain outside the database: a checkpoint of the head
 * at most {@code checkpoint-interval} after the head moved (and at an instance's first run), and a look for every
 * event this instance committed that no checkpoint covers yet, so an event deleted before a checkpoint covers it
 * raises an alarm.
 */
@Component
public class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final AuditRepository events;
    private final AuditKeyRing keys;
    private final AuditCheckpointLog checkpoints;
    private final CommittedEvents committed;
    private final TransactionTemplate transaction;
    private final int batchSize;
    private final Duration checkpointInterval;

    // guarded by this: the anchoring step of one run at a time
    private boolean started;
    private boolean anchored;
    private long checkpointedSequence = -1;
    private String checkpointedHash;
    private Instant checkpointedAt = Instant.MIN;

    AuditSealer(AuditRepository events, AuditKeyRing keys, AuditCheckpointLog checkpoints, CommittedEvents committed,
                PlatformTransactionManager transactionManager, AuditProperties properties) {
        this.events = events;
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.committed = committed;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchSize = properties.sealBatchSize();
        this.checkpointInterval = properties.checkpointInterval();
    }

    /**
     * Seals batches until none is full, i.e. until it has caught up with what was committed, then anchors; returns
     * how many events it sealed.
     */
    @Scheduled(fixedDelayString = "${netwerkkaart.audit.seal-interval:2s}")
    public int sealPending() {
        start();
        int total = 0;
        Batch batch;
        do {
            batch = sealBatch();
            total += batch.sealed();
            batch.rejected().forEach(checkpoints::alarm);
        } while (batch.picked() == batchSize);
        anchor();
        return total;
    }

    /** A sealing transaction's outcome: events looked at, linked, and rejected (id to reason). */
    private record Batch(int picked, int sealed, Map<String, String> rejected) {
    }

    private Batch sealBatch() {
        return transaction.execute(status -> {
            if (!events.hasUnsealed()) {
                return new Batch(0, 0, Map.of());
            }
            var head = events.lockChain()
                    .orElseThrow(() -> new IllegalStateException("The audit chain head is missing; migration V010 creates it"));
            // read only after the lock is held, so no other sealer can link these events meanwhile
            var batch = events.unsealed(batchSize, keys.ids());
            long sequence = number(head, "lastSequence");
            String previousHash = head.string("lastHash");
            var links = new ArrayList<Map<String, Object>>(batch.size());
            var rejected = new HashMap<String, String>();
            for (Row event : batch) {
                var key = keys.find(event.string("keyId"));
                var eventMac = event.string("eventMac");
                if (key.isEmpty()) {
                    rejected.put(event.string("id"), "was rejected when sealing: it carries no audit key id, so the "
                            + "service did not write it (forged in the database)");
                    continue;
                }
                if (!key.get().verifies(AuditHash.eventForm(event), eventMac)) {
                    rejected.put(event.string("id"), "was rejected when sealing: its fields do not match the MAC it "
                            + "was written with (changed or forged in the database before it was sealed)");
                    continue;
                }
                sequence++;
                var hash = key.get().mac(AuditHash.linkForm(sequence, previousHash, eventMac));
                links.add(Map.of("id", event.string("id"), "sequence", sequence, "previousHash", previousHash, "hash", hash));
                previousHash = hash;
            }
            if (!rejected.isEmpty()) {
                events.reject(List.copyOf(rejected.keySet()));
            }
            if (!links.isEmpty()) {
                events.seal(List.copyOf(links), sequence, previousHash);
            }
            return new Batch(batch.size(), links.size(), rejected);
        });
    }

    /**
     * At an instance's first run with a checkpoint file that holds no checkpoint yet (the first start after keys were
     * introduced): keys the events the version without keys left unsealed, which are older than every keyed event,
     * so they are sealed rather than rejected. This trusts them as that version's chain was trusted.
     */
    private synchronized void start() {
        if (started) {
            return;
        }
        if (!checkpoints.hasCheckpoint()) {
            int adopted = adoptLegacyEvents();
            if (adopted > 0) {
                log.info("Keyed {} audit events that the version without audit keys left unsealed", adopted);
            }
        }
        started = true;
    }

    int adoptLegacyEvents() {
        if (!events.hasUnkeyedUnsealed()) {
            return 0;
        }
        var before = events.firstKeyedTime();
        int total = 0;
        List<Row> legacy;
        do {
            legacy = events.legacyUnsealed(before, batchSize);
            var key = keys.current();
            var keyed = legacy.stream().map(event -> {
                var values = new HashMap<>(event.values());
                values.put("keyId", key.id());
                return Map.<String, Object>of("id", event.string("id"), "keyId", key.id(),
                        "eventMac", key.mac(AuditHash.eventForm(new Row(values))));
            }).toList();
            transaction.executeWithoutResult(status -> events.key(keyed));
            total += keyed.size();
        } while (legacy.size() == batchSize);
        return total;
    }

    /** Checkpoints the head when due and looks for the events this instance committed that no checkpoint covers yet. */
    private synchronized void anchor() {
        var head = events.chainHead();
        if (head.string("lastHash") == null) {
            log.error("The audit chain head (AuditChain 'main') is missing: the audit trail was tampered with");
        }
        else {
            checkpointIfDue(number(head, "lastSequence"), head.string("lastHash"));
        }
        watchCommitted();
    }

    private void checkpointIfDue(long sequence, String hash) {
        if (sequence < checkpointedSequence) {
            log.error("The audit chain's head ({}) is behind this instance's last checkpoint ({}): sealed events were "
                    + "removed from the database", sequence, checkpointedSequence);
        }
        var now = Instant.now();
        boolean moved = sequence != checkpointedSequence || !hash.equals(checkpointedHash);
        if (anchored && (!moved || now.isBefore(checkpointedAt.plus(checkpointInterval)))) {
            return;
        }
        // only a head that is where its last event is gets anchored: a head changed in the database never does
        if (!hash.equals(sequence == 0 ? AuditHash.GENESIS : events.hashOf(sequence))) {
            log.error("The audit chain's head does not match its last event ({}): the head was changed in the database",
                    sequence);
            return;
        }
        checkpoints.checkpoint(sequence, hash);
        anchored = true;
        checkpointedSequence = sequence;
        checkpointedHash = hash;
        checkpointedAt = now;
    }

    private void watchCommitted() {
        var watched = committed.watched();
        if (watched.isEmpty()) {
            return;
        }
        var settled = new ArrayList<String>();
        for (var event : events.whereAre(watched)) {
            var id = event.string("id");
            var eventSequence = (Number) event.values().get("sequence");
            if (!event.bool("found")) {
                checkpoints.alarm(id, "was written by this instance but deleted from the database before a checkpoint "
                        + "covered it: before it was sealed, or cut from the end of the chain");
                settled.add(id);
            }
            else if (event.bool("rejected")
                    || (eventSequence != null && eventSequence.longValue() <= checkpointedSequence)) {
                settled.add(id);
            }
        }
        committed.settled(settled);
    }

    static long number(Row row, String key) {
        return ((Number) row.values().get(key)).longValue();
    }
}
