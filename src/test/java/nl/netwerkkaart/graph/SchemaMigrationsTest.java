package nl.netwerkkaart.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.MigrationState;
import nl.netwerkkaart.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The migrations as neo4j-migrations applies them, against a database of their own so their bookkeeping cannot clash
 * with the suite's, from a temporary folder standing in for {@code cypher/migrations/}.
 */
class SchemaMigrationsTest {

    private static Neo4j neo4j;
    private static Driver driver;
    private static Neo4jClient client;

    @TempDir
    Path migrations;

    @BeforeAll
    static void start() {
        neo4j = TestNeo4j.builder().build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
        client = Neo4jClient.create(driver);
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
    }

    @BeforeEach
    void emptyDatabase() {
        client.query("MATCH (n) DETACH DELETE n").run();
        client.query("DROP CONSTRAINT schema_migration_version IF EXISTS").run();
    }

    private SchemaMigrations schemaMigrations() {
        return new SchemaMigrations(driver, "neo4j", "file:" + migrations);
    }

    private void write(String name, String cypher) throws Exception {
        Files.writeString(migrations.resolve(name), cypher);
    }

    private static List<String> applied(MigrationChain chain) {
        return chain.getElements().stream().filter(element -> element.getState() == MigrationState.APPLIED)
                .map(MigrationChain.Element::getVersion).toList();
    }

    @Test
    void applies_each_migration_once_in_version_order() throws Exception {
        write("V010__second.cypher", "MATCH (m:Marker) SET m.order = m.order + ['second'];\n");
        write("V002__first.cypher", """
                // comments and blank lines are skipped
                CREATE (:Marker {order: ['first']});

                CREATE INDEX marker_order IF NOT EXISTS FOR (m:Marker) ON (m.order);
                """);
        var schema = schemaMigrations();

        assertThat(schema.migrate()).containsExactly("002", "010");
        assertThat(schema.migrate()).isEmpty();
        assertThat(client.query("MATCH (m:Marker) RETURN m.order AS order").fetch().one())
                .hasValue(Map.of("order", List.of("first", "second")));
        assertThat(applied(schema.info())).containsExactly("002", "010");
    }

    @Test
    void versions_are_ordered_as_numbers() throws Exception {
        write("V99__ninety_nine.cypher", "CREATE (:Marker {version: 99});\n");
        write("V100__hundred.cypher", "MATCH (m:Marker) SET m.version = 100;\n");

        assertThat(schemaMigrations().migrate()).containsExactly("99", "100");
        assertThat(client.query("MATCH (m:Marker) RETURN m.version").fetchAs(Long.class).one()).contains(100L);
    }

    @Test
    void a_migration_added_below_the_highest_applied_version_is_applied_too() throws Exception {
        write("V070__later_branch.cypher", "CREATE (:Marker {name: 'seventy'});\n");
        var schema = schemaMigrations();
        schema.migrate();

        write("V060__earlier_branch.cypher", "CREATE (:Marker {name: 'sixty'});\n");

        assertThat(schema.migrate()).containsExactly("060");
        assertThat(applied(schema.info())).containsExactlyInAnyOrder("060", "070");
    }

    @Test
    void refuses_to_start_when_an_applied_migration_was_edited() throws Exception {
        write("V001__marker.cypher", "CREATE (:Marker);\n");
        schemaMigrations().migrate();

        write("V001__marker.cypher", "CREATE (:Marker {edited: true});\n");

        assertThatThrownBy(() -> schemaMigrations().migrate()).hasMessageContaining("Checksum of 001");
        assertThat(client.query("MATCH (m:Marker) RETURN count(m)").fetchAs(Long.class).one()).contains(1L);
    }

    @Test
    void line_ending_changes_do_not_count_as_edits() throws Exception {
        write("V001__marker.cypher", "CREATE (:Marker);\nCREATE (:Marker);\n");
        schemaMigrations().migrate();

        write("V001__marker.cypher", "CREATE (:Marker);\r\nCREATE (:Marker);\r\n");

        assertThat(schemaMigrations().migrate()).isEmpty();
    }

    @Test
    void a_failing_migration_is_not_recorded_and_names_the_file() throws Exception {
        write("V001__broken.cypher", "CREATE (:Marker;\n");

        assertThatThrownBy(() -> schemaMigrations().migrate()).hasMessageContaining("001 (\"broken\")");
        assertThat(applied(schemaMigrations().info())).isEmpty();
    }

    @Test
    void misnamed_files_are_refused() throws Exception {
        write("V1_one_underscore.cypher", "RETURN 1;\n");

        assertThatThrownBy(() -> schemaMigrations().migrate()).hasMessageContaining("must look like V001__description.cypher");
    }

    @Test
    void what_the_previous_runner_applied_is_carried_over_and_not_applied_again() throws Exception {
        write("V001__marker.cypher", "CREATE (:Marker {by: 'V001'});\n");
        write("V002__second_marker.cypher", "CREATE (:Marker {by: 'V002'});\n");
        PreviousRelease.migrate(client, migrations);
        write("V003__third_marker.cypher", "CREATE (:Marker {by: 'V003'});\n");
        var schema = schemaMigrations();

        assertThat(schema.migrate()).containsExactly("003");

        assertThat(client.query("MATCH (m:Marker) RETURN m.by ORDER BY m.by").fetchAs(String.class).all())
                .as("each migration ran once").containsExactly("V001", "V002", "V003");
        var chain = schema.info();
        assertThat(applied(chain)).containsExactly("001", "002", "003");
        assertThat(chain.getElements()).filteredOn(element -> !element.getVersion().equals("003"))
                .allSatisfy(element -> assertThat(element.getInstalledBy()).hasValueSatisfying(
                        by -> assertThat(by).startsWith(LegacyMigrationRecords.CARRIED_OVER_BY + "/")));
        assertThat(client.query("MATCH (m:SchemaMigration) RETURN count(m)").fetchAs(Long.class).one()).contains(0L);
        assertThat(schema.migrate()).isEmpty();
    }

    @Test
    void a_file_edited_after_the_previous_runner_applied_it_stops_the_carry_over() throws Exception {
        write("V001__marker.cypher", "CREATE (:Marker);\n");
        PreviousRelease.migrate(client, migrations);
        write("V001__marker.cypher", "CREATE (:Marker {edited: true});\n");

        assertThatThrownBy(() -> schemaMigrations().migrate()).hasMessageContaining("V001__marker.cypher was changed after it was applied");
        assertThat(client.query("MATCH (m:SchemaMigration) RETURN count(m)").fetchAs(Long.class).one())
                .as("nothing carried over").contains(1L);
    }
}
