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

    // --- kept questions: each municipality's defaults, computed ahead by the precomputation --------------------

    /** Computes each key of a group as the cache's own function would, counting computations per key. */
    private java.util.List<String> computeAll(java.util.List<String> keys) {
        return keys.stream().map(key -> key + "#" + computations.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet()).toList();
    }

    @Test
    void a_kept_question_is_answered_from_its_last_answer_however_old_and_never_computed_by_a_request() {
        var cache = cache(MAX_AGE, 10);
        cache.keep(java.util.List.of("default"));
        assertThat(cache.refresh(java.util.List.of("default"), this::computeAll)).isTrue();

        advance(MAX_AGE.multipliedBy(2));

        assertThat(cache.get("default")).isEqualTo("default#1");
        runBackground();
        assertThat(computations.get("default")).hasValue(1);
        assertThat(cache.servedLate()).isEqualTo(1);
    }

    @Test
    void while_a_kept_question_is_refreshed_requests_get_the_last_answer_at_once() throws Exception {
        var cache = cache(MAX_AGE, 10);
        cache.keep(java.util.List.of("default"));
        cache.refresh(java.util.List.of("default"), this::computeAll);
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            var refresh = pool.submit(() -> cache.refresh(java.util.List.of("default"), keys -> {
                started.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return computeAll(keys);
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(cache.get("default")).isEqualTo("default#1");
            // a second refresh of the same question while one runs does nothing
            assertThat(cache.refresh(java.util.List.of("default"), this::computeAll)).isFalse();

            release.countDown();
            assertThat(refresh.get(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.get("default")).isEqualTo("default#2");
    }

    @Test
    void a_kept_question_asked_before_its_first_computation_is_computed_once_on_the_request() {
        var cache = cache(MAX_AGE, 10);
        cache.keep(java.util.List.of("default"));

        assertThat(cache.get("default")).isEqualTo("default#1");
        assertThat(cache.get("default")).isEqualTo("default#1");
        assertThat(cache.due(MAX_AGE.dividedBy(2))).isEmpty();
    }

    @Test
    void kept_questions_are_never_pushed_out_by_other_questions() {
        var cache = cache(MAX_AGE, 3);
        var kept = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "municipality" + i).toList();
        cache.keep(kept);
        for (var key : kept) {
            cache.refresh(java.util.List.of(key), this::computeAll);
        }

        for (int i = 0; i < 20; i++) {
            cache.get("other" + i);
        }

        assertThat(cache.kept()).isEqualTo(40);
        for (var key : kept) {
            assertThat(cache.get(key)).isEqualTo(key + "#1");
        }
        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void several_kept_questions_computed_together_count_as_one_computation_of_the_same_age() {
        var cache = cache(MAX_AGE, 10);
        cache.keep(java.util.List.of("quarter", "month"));

        assertThat(cache.refresh(java.util.List.of("quarter", "month"), this::computeAll)).isTrue();

        assertThat(cache.computations()).isEqualTo(1);
        assertThat(cache.get("quarter")).isEqualTo("quarter#1");
        assertThat(cache.get("month")).isEqualTo("month#1");
        assertThat(cache.age("quarter")).isEqualTo(cache.age("month"));
    }

    @Test
    void due_questions_are_those_without_an_answer_or_at_least_the_given_age_the_oldest_first() {
        var cache = cache(MAX_AGE, 10);
        cache.keep(java.util.List.of("old", "young", "new"));
        cache.refresh(java.util.List.of("old"), this::computeAll);
        advance(Duration.ofSeconds(20));
        cache.refresh(java.util.List.of("young"), this::computeAll);
        advance(Duration.ofSeconds(15));

        assertThat(cache.due(Duration.ofSeconds(30))).containsExactly("new", "old");
        assertThat(cache.due(Duration.ofSeconds(10))).containsExactly("new", "old", "young");
    }

    @Test
    void a_question_no_longer_kept_is_served_from_the_other_answers_until_it_is_max_age_old() {
        var cache = cache(MAX_AGE, 10);
        cache.keep(java.util.List.of("yesterday"));
        cache.refresh(java.util.List.of("yesterday"), this::computeAll);
        advance(Duration.ofSeconds(30));

        cache.keep(java.util.List.of("today"));

        assertThat(cache.kept()).isEqualTo(1);
        assertThat(cache.get("yesterday")).isEqualTo("yesterday#1");
        advance(Duration.ofSeconds(31));
        assertThat(cache.get("yesterday")).isEqualTo("yesterday#2");
    }
}
