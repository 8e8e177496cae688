package nl.netwerkkaart.municipality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Computed aggregates by their question (municipality, range, ...). Two kinds of question:
 * <ul>
 * <li><b>Kept</b> questions ({@link #keep}: each municipality's defaults, the ones its map page asks first) are
 * computed ahead of time by whoever calls {@link #refresh} (the {@link StatisticsPrecomputation}) and then always
 * answered at once from their last answer, also while a refresh runs (stale-while-revalidate). A request never
 * computes one, except before its very first computation (then it joins the one under way, or runs it). They are
 * bounded by the number of municipalities, not by {@link #MAX_ENTRIES}, so other questions never push them out.</li>
 * <li>Any other question is computed on its first request and kept at most {@code maxAge}: an answer counts as old as
 * the moment its computation started. Once an answer is three quarters of {@code maxAge} old, the next request still
 * gets it and starts a recomputation in the background; an answer nobody asked for in time expires and the next
 * request computes it again. Concurrent requests for one question share one computation.</li>
 * </ul>
 * A {@code maxAge} of zero computes every answer fresh and keeps nothing.
 */
final class StatisticsCache<K, V> {

    /**
     * Other (not kept) questions held at once; the least recently used go first. Each answer is a few kilobytes; the
     * ranges users choose beyond the defaults stay far below this.
     */
    static final long MAX_ENTRIES = 1_000;

    /** How many times {@code maxAge} a kept answer may be old and still be served while its refresh is late. */
    static final long LATE_LIMIT = 2;

    private record Answer<V>(V value, long startedAt) {
    }

    /** A kept question: its last answer, and the computation under way, if any (guarded by the entry). */
    private static final class Kept<V> {
        private volatile Answer<V> answer;
        private CompletableFuture<Answer<V>> running;
    }

    private final Function<K, V> compute;
    private final Ticker ticker;
    private final long maxAgeNanos;
    private final LoadingCache<K, Answer<V>> answers;
    private final ConcurrentHashMap<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final AtomicLong computations = new AtomicLong();
    private final AtomicLong servedLate = new AtomicLong();

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
        this.maxAgeNanos = maxAge.toNanos();
        if (maxAge.isZero()) {
            this.answers = null;
            return;
        }
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
        if (answers == null) {
            computations.incrementAndGet();
            return compute.apply(key);
        }
        var entry = kept.get(key);
        if (entry == null) {
            return answers.get(key).value();
        }
        var answer = entry.answer;
        if (answer == null || !servable(answer)) {
            answer = fresh(key, entry);
        }
        else if (ticker.read() - answer.startedAt() > maxAgeNanos) {
            // the precomputation is behind: still answered at once (it is refreshing), and counted so it shows
            servedLate.incrementAndGet();
        }
        return answer.value();
    }

    /**
     * Whether a kept answer may still be served at once: up to {@value #LATE_LIMIT} times {@code maxAge} old, so a
     * precomputation that fails or stopped never leaves users with answers of hours ago.
     */
    private boolean servable(Answer<V> answer) {
        return ticker.read() - answer.startedAt() <= LATE_LIMIT * maxAgeNanos;
    }

    /**
     * A kept question without an answer that may be served (before its first computation, or when the last is too old):
     * joins the computation under way, or runs it on this thread.
     */
    private Answer<V> fresh(K key, Kept<V> entry) {
        CompletableFuture<Answer<V>> future;
        boolean mine = false;
        synchronized (entry) {
            if (entry.answer != null && servable(entry.answer)) {
                return entry.answer;
            }
            future = entry.running;
            if (future == null) {
                future = new CompletableFuture<>();
                entry.running = future;
                mine = true;
            }
        }
        if (mine) {
            return run(List.of(key), List.of(entry), List.of(future), keys -> List.of(compute.apply(keys.get(0)))).get(0);
        }
        try {
            return future.join();
        }
        catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Makes {@code keys} the kept questions. A question kept before and not among them is let go: its last answer
     * goes to the other questions' cache, where it is served until it is {@code maxAge} old. A new kept question
     * takes a fresh answer from there, if there is one; otherwise it waits for {@link #refresh}.
     */
    void keep(Collection<K> keys) {
        if (answers == null) {
            return;
        }
        var wanted = new HashSet<>(keys);
        for (var key : List.copyOf(kept.keySet())) {
            if (!wanted.contains(key)) {
                var gone = kept.remove(key);
                if (gone != null && gone.answer != null) {
                    answers.put(key, gone.answer);
                }
            }
        }
        for (var key : wanted) {
            kept.computeIfAbsent(key, k -> {
                var entry = new Kept<V>();
                entry.answer = answers.policy().getIfPresentQuietly(k);
                return entry;
            });
        }
    }

    /**
     * The kept questions without an answer or whose answer is at least {@code age} old, the oldest first (those
     * without an answer before all).
     */
    List<K> due(Duration age) {
        long now = ticker.read();
        record Due<K>(K key, long startedAt) {
        }
        var due = new ArrayList<Due<K>>();
        kept.forEach((key, entry) -> {
            var answer = entry.answer;
            if (answer == null) {
                due.add(new Due<>(key, Long.MIN_VALUE));
            }
            else if (now - answer.startedAt() >= age.toNanos()) {
                due.add(new Due<>(key, answer.startedAt()));
            }
        });
        due.sort(Comparator.comparingLong(Due::startedAt));
        return due.stream().map(Due::key).toList();
    }

    /**
     * Computes the kept questions {@code keys} together on this thread with {@code computeAll} (one answer per key,
     * in their order), e.g. one read of the database for several granularities. Meanwhile the old answers are served.
     * False when one of them is being computed already (nothing is done then) or is no longer kept.
     */
    boolean refresh(List<K> keys, Function<List<K>, List<V>> computeAll) {
        if (answers == null) {
            return false;
        }
        var entries = new ArrayList<Kept<V>>();
        var futures = new ArrayList<CompletableFuture<Answer<V>>>();
        for (var key : keys) {
            var entry = kept.get(key);
            if (entry == null) {
                release(entries, futures);
                return false;
            }
            synchronized (entry) {
                if (entry.running != null) {
                    release(entries, futures);
                    return false;
                }
                var future = new CompletableFuture<Answer<V>>();
                entry.running = future;
                entries.add(entry);
                futures.add(future);
            }
        }
        run(keys, entries, futures, computeAll);
        return true;
    }

    private static <V> void release(List<Kept<V>> entries, List<CompletableFuture<Answer<V>>> futures) {
        for (int i = 0; i < entries.size(); i++) {
            synchronized (entries.get(i)) {
                entries.get(i).running = null;
            }
            futures.get(i).cancel(false);
        }
    }

    private List<Answer<V>> run(List<K> keys, List<Kept<V>> entries, List<CompletableFuture<Answer<V>>> futures,
                                Function<List<K>, List<V>> computeAll) {
        long startedAt = ticker.read();
        try {
            computations.incrementAndGet();
            var values = computeAll.apply(keys);
            var results = new ArrayList<Answer<V>>();
            for (int i = 0; i < keys.size(); i++) {
                var answer = new Answer<>(values.get(i), startedAt);
                results.add(answer);
                synchronized (entries.get(i)) {
                    entries.get(i).answer = answer;
                    entries.get(i).running = null;
                }
                futures.get(i).complete(answer);
            }
            return results;
        }
        catch (RuntimeException | Error e) {
            for (int i = 0; i < entries.size(); i++) {
                synchronized (entries.get(i)) {
                    entries.get(i).running = null;
                }
                futures.get(i).completeExceptionally(e);
            }
            throw e;
        }
    }

    /** How old the answer to {@code key} is, kept or not; empty when there is none. */
    Optional<Duration> age(K key) {
        if (answers == null) {
            return Optional.empty();
        }
        var entry = kept.get(key);
        var answer = entry != null ? entry.answer : answers.policy().getIfPresentQuietly(key);
        return answer == null ? Optional.empty() : Optional.of(Duration.ofNanos(ticker.read() - answer.startedAt()));
    }

    /** How many computations ran (a computation of several kept questions together counts once). */
    long computations() {
        return computations.get();
    }

    /** How many times a kept answer older than {@code maxAge} was served because its refresh was late. */
    long servedLate() {
        return servedLate.get();
    }

    /** How many kept questions there are. */
    int kept() {
        return kept.size();
    }

    /** How many other answers are kept (after pending evictions), for tests. */
    long size() {
        if (answers == null) {
            return 0;
        }
        answers.cleanUp();
        return answers.estimatedSize();
    }

    private Answer<V> computeNow(K key) {
        long startedAt = ticker.read();
        computations.incrementAndGet();
        return new Answer<>(compute.apply(key), startedAt);
    }
}
