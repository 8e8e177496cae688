package nl.netwerkkaart.graph;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Starts Neo4j inside the service when no external server is configured. The service still talks to it through the
 * Java driver over Bolt, so the embedded default behaves exactly like a server deployment. Bolt listens on loopback
 * only and requires the password in the data directory ({@link EmbeddedCredentials}): other users of the machine get
 * no access to the families' data by connecting to the port. The database starts in the background while the rest of
 * the context is built ({@link EmbeddedNeo4jStart}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

    /** Static, so Spring makes it before any other bean, and it starts the database right then. */
    @Bean
    static EmbeddedNeo4jStart embeddedNeo4jStart(Environment environment) {
        return new EmbeddedNeo4jStart(environment);
    }

    /**
     * Lazy, so making the context's singletons does not wait for the database's start; stopped by
     * {@link EmbeddedNeo4jStart}, after the driver, once every bean that uses the driver is gone.
     */
    @Bean(destroyMethod = "")
    @Lazy
    DatabaseManagementService embeddedDatabaseManagementService(EmbeddedNeo4jStart start) {
        return start.managementService();
    }

    @Bean(destroyMethod = "")
    Driver neo4jDriver(EmbeddedNeo4jStart start) {
        return start.driver();
    }
}
