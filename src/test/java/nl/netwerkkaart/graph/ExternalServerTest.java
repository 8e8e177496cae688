package nl.netwerkkaart.graph;

import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.MigrationState;
import nl.netwerkkaart.support.GraphQlTestSupport;
import nl.netwerkkaart.support.SharedHarness;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite's service is pointed at the separately started harness through NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD. */
class ExternalServerTest extends GraphQlTestSupport {

    @Autowired
    private ApplicationContext context;

    @Test
    void with_neo4j_uri_set_nothing_is_started_embedded() {
        assertThat(context.getBeansOfType(DatabaseManagementService.class)).isEmpty();
    }

    @Test
    void the_service_reads_what_is_written_to_the_external_server() {
        SharedHarness.get().defaultDatabaseService().executeTransactionally("""
                CREATE (:Organisation {id: 'a0b1c2d3-0000-4000-8000-00000000e5e5', name: 'Rechtstreeks geschreven',
                                       createdAt: datetime(), updatedAt: datetime()})""");

        graphQl.document("{ organisation(id: \"a0b1c2d3-0000-4000-8000-00000000e5e5\") { name } }").execute()
                .path("organisation.name").entity(String.class).isEqualTo("Rechtstreeks geschreven");
    }

    @Test
    void migrations_were_applied_to_the_external_server() {
        assertThat(context.getBean(SchemaMigrations.class).info().getElements())
                .allSatisfy(migration -> assertThat(migration.getState()).isEqualTo(MigrationState.APPLIED))
                .extracting(MigrationChain.Element::getVersion).startsWith("001", "002", "003");
        assertThat(count("LifeDomain")).isEqualTo(17);
    }
}
