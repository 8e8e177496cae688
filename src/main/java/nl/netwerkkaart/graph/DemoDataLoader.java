package nl.netwerkkaart.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the fictional Peel en Maas dataset from {@code cypher/demo/*.cypher} into an empty database, in one
 * transaction so a failed load leaves nothing behind. A database that holds anything beyond what the migrations
 * create is never touched. Each statement's {@code UNWIND [...] AS row} list is sent as a parameter
 * ({@link CypherLiteral}): one round trip per statement, and Neo4j parses a short statement instead of the data.
 */
@Component
@ConditionalOnBooleanProperty("netwerkkaart.demo-data.enabled")
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** A one-off bulk load, not a request: the default transaction timeout is sized for requests. */
    private static final int LOAD_TIMEOUT_SECONDS = 600;

    private final Neo4jClient neo4j;
    private final TransactionTemplate transactions;

    DemoDataLoader(Neo4jClient neo4j, TransactionTemplate transactions) {
        this.neo4j = neo4j;
        this.transactions = new TransactionTemplate(transactions.getTransactionManager(), transactions);
        this.transactions.setTimeout(LOAD_TIMEOUT_SECONDS);
    }

    /** Called once the schema is migrated ({@link DatabaseStartup}). */
    void loadIntoEmptyDatabase() {
        var empty = neo4j.query(SchemaMigrations.HOLDS_NO_DATA).fetchAs(Boolean.class).one().orElse(false);
        if (!empty) {
            return;
        }
        long started = System.nanoTime();
        var scripts = scripts();
        transactions.executeWithoutResult(tx -> {
            // the demo data comes without its rule keys: the start-up's check must look at it
            neo4j.query(RuleKeys.UNMARK).run();
            scripts.forEach(script -> script.statements().forEach(this::run));
        });
        log.info("Loaded the fictional demo dataset ({} files) in {} ms", scripts.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private void run(String statement) {
        CypherLiteral.unwind(statement).ifPresentOrElse(
                unwind -> neo4j.query(unwind.statement()).bindAll(Map.of("rows", unwind.rows())).run(),
                () -> neo4j.query(statement).run());
    }

    private static List<CypherScript> scripts() {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/demo/*.cypher");
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(CypherScript::read)
                    .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot list the demo data files", e);
        }
    }
}
