package nl.netwerkkaart.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs the migration runner against a database of its own, so its bookkeeping cannot clash with the app's. */
class MigrationRunnerTest {

    private static Neo4j neo4j;
    private static Driver driver;
    private static Neo4jClient client;

    @TempDir
    Path migrations;

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
        client = Neo4jClient.create(driver);
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
    }

    private MigrationRunner runner() {
        client.query("MATCH (n) DETACH DELETE n").run();
        return new MigrationRunner(client, "file:" + migrations + "/V*__*.cypher");
    }

    private void write(String name, String cypher) throws Exception {
        Files.writeString(migrations.resolve(name), cypher);
    }

    @Test
    void applies_each_migration_once_in_version_order() throws Exception {
        write("V010__second.cypher", "MATCH (m:Marker) SET m.order = m.order + ['second'];\n");
        write("V002__first.cypher", """
                // comments and blank lines are skipped
                CREATE (:Marker {order: ['first']});

                CREATE INDEX marker_order IF NOT EXISTS FOR (m:Marker) ON (m.order);
                """);
        var runner = runner();

        assertThat(runner.migrate().applied()).containsExactly(2, 10);
        assertThat(runner.migrate().applied()).isEmpty();
        assertThat(client.query("MATCH (m:Marker) RETURN m.order AS order").fetch().one())
                .hasValue(Map.of("order", List.of("first", "second")));
        assertThat(client.query("MATCH (m:SchemaMigration) RETURN m.description ORDER BY m.version").fetchAs(String.class).all())
                .containsExactly("first", "second");
    }

    @Test
    void refuses_to_start_when_an_applied_migration_was_edited() throws Exception {
        write("V001__marker.cypher", "CREATE (:Marker);\n");
        var runner = runner();
        runner.migrate();

        write("V001__marker.cypher", "CREATE (:Marker {edited: true});\n");

        assertThatThrownBy(runner::migrate)
                .isInstanceOf(MigrationRunner.MigrationException.class)
                .hasMessageContaining("V001__marker.cypher was changed after it was applied");
    }

    @Test
    void line_ending_changes_do_not_count_as_edits() throws Exception {
        write("V001__marker.cypher", "CREATE (:Marker);\nCREATE (:Marker);\n");
        var runner = runner();
        runner.migrate();

        write("V001__marker.cypher", "CREATE (:Marker);\r\nCREATE (:Marker);\r\n");

        assertThat(runner.migrate().applied()).isEmpty();
    }

    @Test
    void a_failing_migration_is_not_recorded_and_names_the_file() throws Exception {
        write("V001__broken.cypher", "CREATE (:Marker;\n");
        var runner = runner();

        assertThatThrownBy(runner::migrate).hasMessageContaining("V001__broken.cypher failed");
        assertThat(client.query("MATCH (m:SchemaMigration) RETURN count(m)").fetchAs(Long.class).one()).contains(0L);
    }

    @Test
    void misnamed_files_are_refused() throws Exception {
        write("V1__has space.cypher", "RETURN 1;\n");

        assertThatThrownBy(runner()::migrate).hasMessageContaining("must look like V001__description.cypher");
    }
}
