package nl.netwerkkaart.graph;

import java.net.URI;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the service when no external server is configured. The service still talks to it through the
 * Java driver over Bolt, so the embedded default behaves exactly like a server deployment. Bolt listens on loopback
 * only and requires the password in the data directory ({@link EmbeddedCredentials}): other users of the machine get
 * no access to the families' data by connecting to the port.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedDatabaseManagementService(EmbeddedProperties properties) {
        var dataDir = EmbeddedCredentials.createDataDir(properties.dataDir().toAbsolutePath());
        return new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
                // Bolt's two Netty event loop groups otherwise wait 5 quiet seconds each before they stop, so every stop
                // of the service took 10 s longer; the service's own driver is closed before the database by then
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(DatabaseManagementService managementService, EmbeddedProperties properties) {
        var database = (GraphDatabaseAPI) managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var bolt = database.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        var credentials = EmbeddedCredentials.readOrCreate(properties.dataDir().toAbsolutePath());
        // Without logging: the driver's default logging renders every Bolt message, parameters included, into a debug
        // string before the level check drops it, a cost every request paid (measured by the data generator, docs/scaling.md).
        var driver = GraphDatabase.driver(URI.create("bolt://127.0.0.1:" + bolt.getPort()), credentials.authToken(),
                Config.builder().withLogging(Logging.none()).build());
        try {
            driver.verifyConnectivity();
        }
        catch (AuthenticationException e) {
            // a new data directory, one made by a release without authentication, or a password file put back:
            // the file is what counts, so the user's password is set to it, in-process
            credentials.applyTo(managementService);
            driver.verifyConnectivity();
        }
        return driver;
    }
}
