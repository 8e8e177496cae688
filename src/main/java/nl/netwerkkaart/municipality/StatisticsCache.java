package nl.netwerkkaart.municipality;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Computed aggregates by their question (municipality, range, ...), never older than {@code maxAge}: an answer counts
 * as old as the moment its computation started. Once an answer is three quarters of {@code maxAge} old, the next
 * request still gets it and starts a recomputation in the background, so a municipality that keeps asking rarely
 * waits; an answer nobody asked for in time expires and the next request computes it again. Concurrent requests for
 * one question share one computation. A {@code maxAge} of zero computes every answer fresh.
 */
final class StatisticsCache<K, V> {

    /**
     * Distinct questions kept at once; the least recently used go first. Each answer is a few kilobytes, and the
     * number of municipalities times the ranges their pages ask for stays far below this.
     */
    static final long MAX_ENTRIES = 1_000;

    private record Answer<V>(V value, long startedAt) {
    }

    private final Function<K, V> compute;
    private final Ticker ticker;
    private final LoadingCache<K, Answer<V>> answers;

    StatisticsCache(Duration maxAge, Function<K, V> compute) {
        this(maxAge, MAX_ENTRIES, Ticker.systemTicker(), null, compute);
    }

    /** With a ticker and executor of choice, so tests control time and background work; a null executor: the default. */
    StatisticsCache(Duration maxAge, long maxEntries, Ticker ticker, Executor executor, Function<K, V> compute) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative");
        }
        this.compute = compute;
        this.ticker = ticker;
        if (maxAge.isZero()) {
            this.answers = null;
            return;
        }
        long maxAgeNanos = maxAge.toNanos();
        var builder = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .ticker(ticker)
                .refreshAfterWrite(Duration.ofNanos(maxAgeNanos / 4 * 3))
                .expireAfter(new Expiry<K, Answer<V>>() {
                    @Override
                    public long expireAfterCreate(K key, Answer<V> answer, long currentTime) {
                        return Math.max(0, maxAgeNanos - (currentTime - answer.startedAt()));
                    }

                    @Override
                    public long expireAfterUpdate(K key, Answer<V> answer, long currentTime, long currentDuration) {
                        return expireAfterCreate(key, answer, currentTime);
                    }

                    @Override
                    public long expireAfterRead(K key, Answer<V> answer, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                });
        if (executor != null) {
            builder.executor(executor);
        }
        this.answers = builder.build(this::computeNow);
    }

    V get(K key) {
        return answers == null ? compute.apply(key) : answers.get(key).value();
    }

    /** How many answers are kept (after pending evictions), for tests. */
    long size() {
        if (answers == null) {
            return 0;
        }
        answers.cleanUp();
        return answers.estimatedSize();
    }

    private Answer<V> computeNow(K key) {
        long startedAt = ticker.read();
        return new Answer<>(compute.apply(key), startedAt);
    }
}
