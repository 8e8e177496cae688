package nl.netwerkkaart.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits the audit events of reads by group commit: reads run in read transactions (routable to a cluster's
 * followers), and their events go here instead of into a write transaction per request. One writer thread commits
 * whatever has queued up in one transaction, then the next lot, so under load N requests cost one commit instead of
 * N, and an idle service adds no delay. A request waits for its events before its own transaction commits
 * ({@link #await}), so no family data leaves the service without a committed audit event, and a failed commit fails
 * the request.
 */
@Component
class AuditGroupCommit implements SmartLifecycle {

    /** Longer than any commit takes; a request that waits this long fails rather than answer unaudited. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Events per transaction at most, so one transaction stays small under a burst. */
    private static final int MAX_BATCH = 2_000;

    private static final Logger log = LoggerFactory.getLogger(AuditGroupCommit.class);

    /** Tells the writer to stop once it has committed what was queued before it. */
    private static final Pending STOP = new Pending(List.of(), new CompletableFuture<>());

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AuditRepository events;
    private final CommittedEvents committed;
    private final TransactionTemplate transactions;
    private volatile Thread writer;

    AuditGroupCommit(AuditRepository events, CommittedEvents committed, TransactionTemplate transactions) {
        this.events = events;
        this.committed = committed;
        this.transactions = new TransactionTemplate(transactions.getTransactionManager(), transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Events complete with who, when and their MAC, to be committed with others; the result completes on commit. */
    CompletableFuture<Void> submit(List<Map<String, Object>> written) {
        var pending = new Pending(written, new CompletableFuture<>());
        if (writer == null) {
            // before start-up or after shutdown: commit alone, as a request of its own would
            commit(List.of(pending));
        }
        else {
            queue.add(pending);
        }
        return pending.done();
    }

    /** Waits until the events are committed; throws when they are not, so the access fails rather than go unlogged. */
    static void await(CompletableFuture<Void> done) {
        try {
            done.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the audit event was committed", e);
        }
        catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The audit event could not be committed, so the access is refused", e);
        }
    }

    private void run() {
        var batch = new ArrayList<Pending>();
        var stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            // what was queued before the stop is still committed
            stopping = batch.remove(STOP);
            if (!batch.isEmpty()) {
                commit(batch);
            }
            batch.clear();
        }
    }

    private void commit(List<Pending> batch) {
        var all = batch.stream().flatMap(pending -> pending.events().stream()).toList();
        try {
            transactions.executeWithoutResult(status -> events.append(all));
            committed.committed(all.stream().map(event -> (String) event.get("id")).toList());
            batch.forEach(pending -> pending.done().complete(null));
        }
        catch (RuntimeException e) {
            log.error("Could not commit {} audit events; their requests fail", all.size(), e);
            batch.forEach(pending -> pending.done().completeExceptionally(e));
        }
    }

    @Override
    public void start() {
        var thread = new Thread(this::run, "audit-group-commit");
        thread.setDaemon(true);
        writer = thread;
        thread.start();
    }

    @Override
    public void stop() {
        var thread = writer;
        writer = null;
        if (thread != null) {
            queue.add(STOP);
            try {
                thread.join(TIMEOUT.toMillis());
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // a request that queued its events while the writer stopped
        var rest = new ArrayList<Pending>();
        queue.drainTo(rest);
        rest.remove(STOP);
        if (!rest.isEmpty()) {
            commit(rest);
        }
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    /** Started before the web server takes requests, stopped after it has finished them. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private record Pending(List<Map<String, Object>> events, CompletableFuture<Void> done) {
    }
}
