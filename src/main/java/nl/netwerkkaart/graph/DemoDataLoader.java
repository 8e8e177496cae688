package nl.netwerkkaart.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the fictional Peel en Maas dataset from {@code cypher/demo/*.cypher} into an empty database, in one
 * transaction so a failed load leaves nothing behind. A database that holds anything beyond what the migrations
 * create (reference data and the audit chain's head) is never touched.
 */
@Component
@ConditionalOnBooleanProperty("netwerkkaart.demo-data.enabled")
class DemoDataLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Neo4jClient neo4j;
    private final TransactionTemplate transactions;

    /** A one-off bulk load, not a request: the default transaction timeout is sized for requests. */
    private static final int LOAD_TIMEOUT_SECONDS = 600;

    // The migration runner is a constructor argument so the schema exists before data arrives.
    DemoDataLoader(Neo4jClient neo4j, TransactionTemplate transactions, MigrationRunner migrations) {
        this.neo4j = neo4j;
        this.transactions = new TransactionTemplate(transactions.getTransactionManager(), transactions);
        this.transactions.setTimeout(LOAD_TIMEOUT_SECONDS);
    }

    @Override
    public void afterPropertiesSet() {
        var empty = neo4j.query("RETURN NOT EXISTS { MATCH (n) WHERE NOT (n:SchemaMigration OR n:LifeDomain OR n:AuditChain) } AS empty")
                .fetchAs(Boolean.class).one().orElse(false);
        if (!empty) {
            return;
        }
        var scripts = scripts();
        transactions.executeWithoutResult(tx -> scripts.forEach(script ->
                script.statements().forEach(statement -> neo4j.query(statement).run())));
        log.info("Loaded the fictional demo dataset ({} files)", scripts.size());
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
