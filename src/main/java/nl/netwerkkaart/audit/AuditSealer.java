package nl.netwerkkaart.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.graph.Row;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links appended events into the hash chain. Appending stays free of shared locks; ordering and hashing happen here,
 * in batches, each in its own transaction that holds the write lock on the {@code AuditChain} head, so concurrent
 * sealers (in this or another instance of the service) take turns and the chain has no gaps or forks.
 * Events are linked in ({@code eventDateTime}, {@code id}) order within what is committed when a batch starts; an
 * event committed later with an earlier time gets a later sequence, since the sequence, not the time, is the chain.
 */
@Component
public class AuditSealer {

    private final AuditRepository events;
    private final TransactionTemplate transaction;
    private final int batchSize;

    AuditSealer(AuditRepository events, PlatformTransactionManager transactionManager, AuditProperties properties) {
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchSize = properties.sealBatchSize();
    }

    /** Seals batches until none is full, i.e. until it has caught up with what was committed; returns how many. */
    @Scheduled(fixedDelayString = "${netwerkkaart.audit.seal-interval:2s}")
    public int sealPending() {
        int total = 0;
        int sealed;
        do {
            sealed = sealBatch();
            total += sealed;
        } while (sealed == batchSize);
        return total;
    }

    private int sealBatch() {
        Integer sealed = transaction.execute(status -> {
            if (!events.hasUnsealed()) {
                return 0;
            }
            var head = events.lockChain();
            // read only after the lock is held, so no other sealer can link these events meanwhile
            var batch = events.unsealed(batchSize);
            long sequence = number(head, "lastSequence");
            String previousHash = head.string("lastHash");
            var links = new ArrayList<Map<String, Object>>(batch.size());
            for (Row event : batch) {
                sequence++;
                var hash = AuditHash.of(event, sequence, previousHash);
                links.add(Map.of("id", event.string("id"), "sequence", sequence, "previousHash", previousHash, "hash", hash));
                previousHash = hash;
            }
            if (!links.isEmpty()) {
                events.seal(List.copyOf(links), sequence, previousHash);
            }
            return links.size();
        });
        return sealed == null ? 0 : sealed;
    }

    static long number(Row row, String key) {
        return ((Number) row.values().get(key)).longValue();
    }
}
