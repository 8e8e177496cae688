package nl.netwerkkaart.municipality;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Computes every municipality's default answers ahead of time (coverage for the last twelve months, flow for the same
 * range by quarter and by month: what the map page asks first), so that no request for them computes cold, however
 * many municipalities the database holds. One background thread:
 * <ul>
 * <li>at start-up, right after the warm-up, it computes them all, without holding readiness back: at province scale
 * that is minutes of database work, and a request that comes first joins the computation under way;</li>
 * <li>then, every {@code max-age / 8} (between 1 s and 1 min), it recomputes the answers that are half of
 * {@code max-age} old, the oldest first, while requests keep getting the last answer at once. So an answer served is
 * at most {@code max-age} old as long as one such round takes less than 3/8 of {@code max-age}; a round that takes
 * longer is logged as a warning (raise {@code max-age}, or give the database more cores).</li>
 * </ul>
 * A tick with nothing due reads nothing from the database; a round with something due (or a new day, or half of
 * max-age after the last read) reads the municipalities once, so a municipality added is kept from the next such
 * round on. Rounds are single-flight: one
 * called while another runs does nothing. The day moves the defaults: a new day's questions are computed in the next
 * round, yesterday's are let go. It runs as
 * the system: no user, no access check and no audit event (the answers are suppressed aggregates that name no
 * family; the access check runs on every request before a kept answer is looked up). Off with
 * {@code netwerkkaart.statistics.precompute=false} or a {@code max-age} of 0.
 */
@Component
class StatisticsPrecomputation implements SmartLifecycle {

    /** Right after the start-up warm-up ({@code StartupWarming.PHASE}), so the two do not compete for the cores. */
    static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 514;

    private static final Logger log = LoggerFactory.getLogger(StatisticsPrecomputation.class);

    private final MunicipalityStatisticsService service;
    private final Supplier<List<String>> municipalities;
    private final Duration maxAge;
    private final boolean enabled;
    private volatile boolean running;
    private volatile boolean stopped;
    private volatile ScheduledExecutorService thread;
    private volatile boolean first = true;
    /** Held while a round runs: a round called meanwhile (a test, a second caller) does nothing. */
    private final AtomicBoolean inRound = new AtomicBoolean();
    /**
     * When the municipalities were last read ({@link System#nanoTime}), null before the first read (nanoTime has an
     * arbitrary origin, so no number means "never"); only touched inside a round.
     */
    private Long idsReadAt;

    @Autowired
    StatisticsPrecomputation(MunicipalityStatisticsService service, StatisticsRepository repository,
                             StatisticsProperties properties) {
        this(service, repository::municipalityIds, properties);
    }

    /** With the municipalities of choice, so a test on the shared database can limit the work to its own. */
    StatisticsPrecomputation(MunicipalityStatisticsService service, Supplier<List<String>> municipalities,
                             StatisticsProperties properties) {
        this.service = service;
        this.municipalities = municipalities;
        this.maxAge = properties.maxAge();
        this.enabled = properties.precompute() && !properties.maxAge().isZero();
    }

    /** How often the thread looks for answers to refresh. */
    Duration tick() {
        var tick = maxAge.dividedBy(8);
        return tick.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
                : tick.compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : tick;
    }

    /** An answer this old is recomputed in the next round. */
    Duration refreshAge() {
        return maxAge.dividedBy(2);
    }

    @Override
    public void start() {
        running = true;
        if (!enabled) {
            return;
        }
        var executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "statistics-precomputation");
            thread.setDaemon(true);
            return thread;
        });
        thread = executor;
        executor.scheduleWithFixedDelay(this::round, 0, tick().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * One round: when anything is due (a kept answer missing or half of max-age old, or a new day), the
     * municipalities read once, the day's default questions of every one of them kept, and those due computed on this
     * thread. Returns how many computations ran; 0 at once when nothing is due or another round runs. Never throws:
     * the next round tries again.
     */
    int round() {
        if (!enabled || !inRound.compareAndSet(false, true)) {
            return 0;
        }
        try {
            long started = System.nanoTime();
            // the list of municipalities is read again at least every refresh age, so one added to a database with
            // nothing due (none kept yet) is still found
            if (!service.defaultsDue(refreshAge()) && idsReadAt != null && started - idsReadAt < refreshAge().toNanos()) {
                return 0;
            }
            idsReadAt = started;
            var ids = municipalities.get();
            service.keepDefaults(ids);
            int ran = service.refreshDefaults(refreshAge(), () -> !stopped,
                    e -> log.warn("Statistics: computing a default answer ahead failed: {}", e.toString()));
            if (first) {
                service.compileSuggestions();
            }
            var took = Duration.ofNanos(System.nanoTime() - started);
            if (first) {
                first = false;
                log.info("Statistics: the default answers of {} municipalities computed ahead in {} ms ({} computations)",
                        ids.size(), took.toMillis(), ran);
            }
            else if (ran > 0 && took.compareTo(maxAge.multipliedBy(3).dividedBy(8)) > 0) {
                log.warn("Statistics: refreshing {} default answers took {} ms, more than 3/8 of netwerkkaart.statistics.max-age "
                        + "({} ms): answers may be served older than max-age; raise it", ran, took.toMillis(), maxAge.toMillis());
            }
            else if (ran > 0) {
                log.debug("Statistics: {} default answers refreshed in {} ms", ran, took.toMillis());
            }
            return ran;
        }
        catch (RuntimeException e) {
            log.warn("Statistics: computing the default answers ahead failed: {}", e.toString());
            return 0;
        }
        finally {
            inRound.set(false);
        }
    }

    @Override
    public void stop() {
        running = false;
        stopped = true;
        var executor = thread;
        if (executor != null) {
            // no interrupt: a computation under way ends with its statement (a few seconds at most), no new one starts
            executor.shutdown();
            try {
                // the database stops in a later phase
                executor.awaitTermination(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
