package nl.netwerkkaart.graph;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded Neo4j on a thread of its own as soon as the application context has read its bean definitions,
 * so the database's start (about 9 s on an idle two-core machine, the largest single step of a start) runs while
 * Spring builds the rest of the service (web server, GraphQL schema, security), instead of before it. On the same
 * thread, once the database runs, the service's driver is made and connected (setting the password of the data
 * directory when needed). The beans {@link DatabaseManagementService} and {@link Driver} hand these out: the driver is
 * a stand-in that waits for the real one on its first use, so nothing has to wait for the database before it needs it.
 * A failed start fails the first bean that needs the database, as before.
 */
final class EmbeddedNeo4jStart implements BeanFactoryPostProcessor, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jStart.class);

    private final Environment environment;
    private volatile CompletableFuture<DatabaseManagementService> database;
    private volatile CompletableFuture<Driver> driver;

    EmbeddedNeo4jStart(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        start();
    }

    /** Starts the database and its driver in the background, once. */
    synchronized void start() {
        if (database != null) {
            return;
        }
        var properties = Binder.get(environment).bindOrCreate("netwerkkaart.embedded", EmbeddedProperties.class);
        database = new CompletableFuture<>();
        driver = database.thenApply(managementService -> connect(managementService, properties));
        var thread = new Thread(() -> {
            long started = System.nanoTime();
            try {
                var managementService = build(properties);
                log.info("Embedded Neo4j started in {} ms", (System.nanoTime() - started) / 1_000_000);
                database.complete(managementService);
            }
            catch (Throwable e) {
                database.completeExceptionally(e);
            }
        }, "neo4j-start");
        thread.start();
    }

    /** The running database; waits for its start. */
    DatabaseManagementService managementService() {
        start();
        return join(database);
    }

    /** The service's driver: a stand-in that waits for the started database's driver on its first use. */
    Driver driver() {
        start();
        var real = driver;
        return (Driver) Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] {Driver.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "Driver of the embedded Neo4j";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    // closed by destroy(), right before the database stops
                    case "close" -> null;
                    case "closeAsync" -> CompletableFuture.completedStage(null);
                    default -> {
                        try {
                            yield method.invoke(join(real), args);
                        }
                        catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        }
        catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static DatabaseManagementService build(EmbeddedProperties properties) {
        var dataDir = EmbeddedCredentials.createDataDir(properties.dataDir().toAbsolutePath());
        return new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
                // Neo4j's usage report ("Anonymous Usage Data is being sent to Neo4j", its debug.log at every start)
                // calls out of a service that holds family data; nothing of it is the service's to send
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt's two Netty event loop groups otherwise wait 5 quiet seconds each before they stop, so every stop
                // of the service took 10 s longer; the service's own driver is closed before the database by then
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
    }

    private static Driver connect(DatabaseManagementService managementService, EmbeddedProperties properties) {
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

    /**
     * Closes the driver, then stops the database (also one whose bean was never made because the context failed
     * first). Spring destroys this bean after the driver's bean and every bean that uses the driver.
     */
    @Override
    public void destroy() {
        var started = database;
        if (started == null) {
            return;
        }
        var managementService = started.handle((made, failure) -> made).join();
        var connected = driver.handle((made, failure) -> made).join();
        if (connected != null) {
            connected.close();
        }
        if (managementService != null) {
            managementService.shutdown();
        }
    }
}
