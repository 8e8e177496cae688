package nl.netwerkkaart.bench.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.neo4j.driver.Driver;

/** Runs batched {@code UNWIND $rows} statements, one transaction per batch, and adds up the time each statement took. */
final class GraphWriter {

    /** One statement of a transaction: its name for the timings, its Cypher, its rows and any further parameters. */
    record Step(String name, String cypher, List<Map<String, Object>> rows, Map<String, Object> parameters) {

        Step(String name, String cypher, List<Map<String, Object>> rows) {
            this(name, cypher, rows, Map.of());
        }
    }

    private final Driver driver;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    GraphWriter(Driver driver) {
        this.driver = driver;
    }

    /** The steps in one transaction; steps without rows are skipped. Transient failures (deadlocks) are retried. */
    void write(List<Step> steps) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                for (var step : steps) {
                    if (step.rows().isEmpty()) {
                        continue;
                    }
                    long start = System.nanoTime();
                    var parameters = new HashMap<>(step.parameters());
                    parameters.put("rows", step.rows());
                    tx.run(step.cypher(), parameters).consume();
                    nanos.computeIfAbsent(step.name(), x -> new LongAdder()).add(System.nanoTime() - start);
                }
            });
        }
    }

    /** Rows written in batches of {@code batchSize}, each batch its own transaction. */
    void writeInBatches(String name, String cypher, List<Map<String, Object>> rows, int batchSize) {
        for (int from = 0; from < rows.size(); from += batchSize) {
            write(List.of(new Step(name, cypher, rows.subList(from, Math.min(rows.size(), from + batchSize)))));
        }
    }

    /** Milliseconds spent per statement, summed over all threads. */
    Map<String, Long> statementMillis() {
        var result = new TreeMap<String, Long>();
        nanos.forEach((name, total) -> result.put(name, total.sum() / 1_000_000));
        return result;
    }
}
