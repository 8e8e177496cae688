package nl.netwerkkaart.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The cache of the municipality's aggregates on its own: a hand-driven clock instead of sleeping, and background
 * work queued until the test runs it, so each step is deterministic.
 */
class StatisticsCacheTest {

    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Queue<Runnable> background = new ConcurrentLinkedQueue<>();
    private final ConcurrentHashMap<String, AtomicInteger> computations = new ConcurrentHashMap<>();

    /** Answers "key#n" for the n-th computation of a key. */
    private StatisticsCache<String, String> cache(Duration maxAge, long maxEntries) {
        return new StatisticsCache<>(maxAge, maxEntries, now::get, background::add,
                key -> key + "#" + computations.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet());
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    private void runBackground() {
        for (var task = background.poll(); task != null; task = background.poll()) {
            task.run();
        }
    }

    @Test
    void an_answer_is_served_again_while_younger_than_the_max_age() {
        var cache = cache(MAX_AGE, 10);

        assertThat(cache.get("a")).isEqualTo("a#1");
        advance(Duration.ofSeconds(40));

        assertThat(cache.get("a")).isEqualTo("a#1");
        assertThat(computations.get("a")).hasValue(1);
    }

    @Test
    void an_answer_older_than_the_max_age_is_computed_again_before_it_is_served() {
        var cache = cache(MAX_AGE, 10);
        cache.get("a");

        advance(MAX_AGE.plusSeconds(1));

        assertThat(cache.get("a")).isEqualTo("a#2");
    }

    @Test
    void an_answer_nearing_the_max_age_is_served_once_more_while_it_is_recomputed() {
        var cache = cache(MAX_AGE, 10);
        cache.get("a");

        advance(Duration.ofSeconds(50));

        assertThat(cache.get("a")).isEqualTo("a#1");
        runBackground();
        assertThat(computations.get("a")).hasValue(2);
        assertThat(cache.get("a")).isEqualTo("a#2");
    }

    @Test
    void an_answer_counts_as_old_as_the_start_of_its_computation() {
        var slowCache = new StatisticsCache<String, String>(MAX_AGE, 10, now::get, background::add, key -> {
            advance(Duration.ofSeconds(45));
            return key + "#" + computations.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        });
        slowCache.get("a");

        advance(Duration.ofSeconds(16));

        assertThat(slowCache.get("a")).isNotEqualTo("a#1");
    }

    @Test
    void concurrent_requests_for_one_question_share_one_computation() throws Exception {
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var calls = new AtomicInteger();
        var cache = new StatisticsCache<String, String>(MAX_AGE, 10, now::get, background::add, key -> {
            calls.incrementAndGet();
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return key + "!";
        });
        var pool = Executors.newFixedThreadPool(8);
        try {
            var answers = new ArrayList<Future<String>>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> cache.get("a")));
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            release.countDown();
            for (var answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("a!");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void the_cache_keeps_at_most_its_maximum_number_of_answers() {
        var cache = cache(MAX_AGE, 3);

        for (int i = 0; i < 20; i++) {
            cache.get("key" + i);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void a_max_age_of_zero_computes_every_answer_fresh() {
        var cache = cache(Duration.ZERO, 10);

        assertThat(cache.get("a")).isEqualTo("a#1");
        assertThat(cache.get("a")).isEqualTo("a#2");
        assertThat(cache.size()).isZero();
    }
}
