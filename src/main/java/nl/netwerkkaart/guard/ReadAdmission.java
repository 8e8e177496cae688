package nl.netwerkkaart.guard;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.language.OperationDefinition;

/**
 * Admission control for the endpoint: at most {@code limit} queries execute at once; a query beyond that waits, in
 * the order it came, for one to finish. Mutations are never held back and never counted, and neither are the audit
 * events of reads (committed by their own writer thread), so a change does not wait behind reads. On a machine with few
 * cores a closed loop of readers otherwise keeps every core busy with as many runnable threads as there are readers
 * (each read's HTTP thread and its database worker), and each of a write's statements, begin and commit waits behind
 * them for its turn on a core; measured in docs/scaling.md ("Writes under read load"). With the reads bounded, the
 * cores still run reads all the time, but a write's threads find a short queue.
 * <p>
 * A query that waits longer than {@code maxWait} is refused with a BUSY error rather than answered late. A limit of 0
 * turns admission control off.
 */
final class ReadAdmission {

    static final ErrorClassification BUSY = ErrorClassification.errorClassification("BUSY");

    private final int limit;
    private final Semaphore permits;
    private final Duration maxWait;

    ReadAdmission(int limit, Duration maxWait) {
        if (limit < 0) {
            throw new IllegalArgumentException("netwerkkaart.graphql.concurrent-reads must be 0 (no limit) or more");
        }
        this.limit = limit;
        this.permits = limit == 0 ? null : new Semaphore(limit, true);
        this.maxWait = maxWait;
    }

    /**
     * Admits the operation: a query once a permit is free (waiting for it, at most {@code maxWait}), anything else at
     * once. The caller releases what it got when the operation's execution has finished; releasing twice is harmless.
     *
     * @throws AbortExecutionException when a query waited {@code maxWait} without getting a permit
     */
    Admitted admit(OperationDefinition.Operation operation) {
        if (permits == null || operation != OperationDefinition.Operation.QUERY) {
            return Admitted.NOTHING;
        }
        try {
            if (!permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        return new Admitted(permits);
    }

    /** Queries executing or admitted now; for tests. */
    int executing() {
        return permits == null ? 0 : limit - permits.availablePermits();
    }

    private AbortExecutionException busy() {
        return new AbortExecutionException(List.of(GraphQLError.newError().errorType(BUSY)
                .message("The service is busy: the request waited " + maxWait.toMillis()
                        + " ms for its turn and was not run. Try again in a moment.")
                .build()));
    }

    /** A query's permit, given back once. */
    static final class Admitted {

        static final Admitted NOTHING = new Admitted(null);

        private final Semaphore permits;
        private final AtomicBoolean released = new AtomicBoolean();

        private Admitted(Semaphore permits) {
            this.permits = permits;
        }

        void release() {
            if (permits != null && released.compareAndSet(false, true)) {
                permits.release();
            }
        }
    }
}
