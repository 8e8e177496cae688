package nl.netwerkkaart.audit;

import java.util.function.Supplier;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

/**
 * Reads the service makes of itself at start-up, before it takes any traffic, to compile its statements and warm its
 * code paths: their results go nowhere (no user, no response, no export), so they are not accesses NEN 7513 logs,
 * and they write no audit event. It can only be started while the service refuses traffic, and only on the thread
 * that calls it (the mark is a plain thread-local, removed when the reads end): request threads never carry it, so
 * no request reads unaudited. A warm-up started before readiness goes on after it on its own threads (the pages'
 * queries left when readiness stops waiting for it), their results unused; no new one can start. What runs inside
 * must only read (the warm-up runs GraphQL queries, never mutations); the audit writer drops the events of reads made
 * on this thread meanwhile.
 */
public final class UnauditedWarmUp {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private UnauditedWarmUp() {
    }

    /**
     * Runs {@code reads} on this thread without audit events.
     *
     * @throws IllegalStateException when the service already accepts traffic
     */
    public static <T> T run(ApplicationAvailability availability, Supplier<T> reads) {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            throw new IllegalStateException("Unaudited warm-up reads are only possible before the service is ready");
        }
        ACTIVE.set(Boolean.TRUE);
        try {
            return reads.get();
        }
        finally {
            ACTIVE.remove();
        }
    }

    static boolean active() {
        return ACTIVE.get() != null;
    }
}
