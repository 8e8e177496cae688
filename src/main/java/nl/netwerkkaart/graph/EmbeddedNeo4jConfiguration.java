package nl.netwerkkaart.graph;

import java.net.URI;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the service when no external server is configured. The service still talks to it through the
 * Java driver over Bolt, so the embedded default behaves exactly like a server deployment.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedDatabaseManagementService(EmbeddedProperties properties) {
        return new DatabaseManagementServiceBuilder(properties.dataDir().toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
                .build();
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(DatabaseManagementService managementService) {
        var database = (GraphDatabaseAPI) managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var bolt = database.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        // Without logging: the driver's default logging renders every Bolt message, parameters included, into a debug
        // string before the level check drops it, a cost every request paid (measured by the data generator, docs/scaling.md).
        var driver = GraphDatabase.driver(URI.create("bolt://127.0.0.1:" + bolt.getPort()), AuthTokens.none(),
                Config.builder().withLogging(Logging.none()).build());
        driver.verifyConnectivity();
        return driver;
    }
}
