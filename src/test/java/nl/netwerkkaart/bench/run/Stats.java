package nl.netwerkkaart.bench.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies (microseconds) and errors of one operation of one target, and how long it was measured. */
final class Stats {

    /** Distinct error messages kept per operation; beyond that only the count grows. */
    private static final int MAX_MESSAGES = 10;

    private final String operation;
    private final ConcurrentHistogram latencies = new ConcurrentHistogram(3_600_000_000L, 3);
    private final LongAdder errors = new LongAdder();
    private final Map<String, LongAdder> messages = new ConcurrentHashMap<>();
    private double seconds;

    Stats(String operation) {
        this.operation = operation;
    }

    String operation() {
        return operation;
    }

    void success(long micros) {
        latencies.recordValue(Math.max(1, micros));
    }

    void error(String message) {
        errors.increment();
        if (messages.size() < MAX_MESSAGES || messages.containsKey(message)) {
            messages.computeIfAbsent(message, m -> new LongAdder()).increment();
        }
    }

    synchronized void addSeconds(double measured) {
        seconds += measured;
    }

    synchronized double seconds() {
        return seconds;
    }

    Histogram histogram() {
        return latencies.copy();
    }

    long successes() {
        return latencies.getTotalCount();
    }

    long errors() {
        return errors.sum();
    }

    Map<String, Long> messages() {
        var result = new LinkedHashMap<String, Long>();
        messages.forEach((message, count) -> result.put(message, count.sum()));
        return result;
    }

    /** Successful requests per second; errors are counted apart, so a fast failure earns nothing. */
    double throughput() {
        var s = seconds();
        return s == 0 ? 0 : successes() / s;
    }

    double percentileMillis(double percentile) {
        return successes() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return successes() == 0 ? Double.NaN : latencies.getMaxValue() / 1000.0;
    }
}
