package nl.netwerkkaart.graph;

import java.nio.file.Path;

import nl.netwerkkaart.NetwerkkaartApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The default run: no NEO4J_URI, Neo4j embedded in the service, data kept on disk between starts. */
class EmbeddedModeTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NetwerkkaartApplication.class).run(
                "--NEO4J_URI=",
                "--server.port=0",
                "--netwerkkaart.embedded.data-dir=" + dataDir,
                "--netwerkkaart.embedded.bolt-port=0",
                "--netwerkkaart.embedded.page-cache=32m");
    }

    private static long count(ConfigurableApplicationContext context, String cypher) {
        return context.getBean(Neo4jClient.class).query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    void starts_embedded_on_loopback_with_demo_data_and_keeps_data_across_restarts() {
        long areas;
        try (var context = start()) {
            var database = (GraphDatabaseAPI) context.getBean(DatabaseManagementService.class).database("neo4j");
            var bolt = database.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            assertThat(bolt.getHost()).isEqualTo("127.0.0.1");

            areas = count(context, "MATCH (a:Area) RETURN count(a)");
            assertThat(areas).isGreaterThan(10);
            assertThat(count(context, "MATCH (p:Professional) RETURN count(p)")).isGreaterThanOrEqualTo(40);
            context.getBean(Neo4jClient.class).query("CREATE (:Organisation {id: randomUUID(), name: 'Blijft bewaard'})").run();
        }

        try (var context = start()) {
            assertThat(count(context, "MATCH (o:Organisation {name: 'Blijft bewaard'}) RETURN count(o)")).isEqualTo(1);
            assertThat(count(context, "MATCH (a:Area) RETURN count(a)")).as("demo data is loaded only once").isEqualTo(areas);
        }
    }
}
