package nl.netwerkkaart.graph;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.MigrationState;
import nl.netwerkkaart.NetwerkkaartApplication;
import nl.netwerkkaart.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation of the previous release, whose own runner applied V001 to V050, upgrades to neo4j-migrations: the
 * service starts on that database, is live but not ready (and serves nothing but the probes) while it migrates,
 * applies only the migrations that are new, and is ready afterwards; readiness drops when the database goes away.
 */
class PreviousReleaseUpgradeTest {

    /** The migrations the previous release shipped. */
    private static final Pattern PREVIOUS_RELEASE = Pattern.compile("V0(0[1-5]|10|20|30|40|50)__\\w+\\.cypher");

    @TempDir
    Path previousMigrations;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void an_installation_of_the_previous_release_upgrades_applying_nothing_twice_and_is_ready_only_afterwards() throws Exception {
        try (var files = Files.list(Path.of("cypher", "migrations"))) {
            for (var file : files.filter(file -> PREVIOUS_RELEASE.matcher(file.getFileName().toString()).matches()).toList()) {
                Files.copy(file, previousMigrations.resolve(file.getFileName()));
            }
        }
        assertThat(previousMigrations.toFile().list()).hasSize(10);

        var neo4j = TestNeo4j.builder().build();
        boolean closed = false;
        try (var driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none())) {
            var client = Neo4jClient.create(driver);
            PreviousRelease.migrate(client, previousMigrations);
            // V002 created the life domains with MERGE: one removed afterwards stays removed unless V002 runs again
            client.query("MATCH (l:LifeDomain {code: 'JUSTICE'}) DETACH DELETE l").run();

            int port = freePort();
            ConfigurableApplicationContext service;
            // holds the old records locked, so the service's carry-over waits until the probes are checked
            try (var holder = neo4j.defaultDatabaseService().beginTx()) {
                holder.execute("MATCH (m:SchemaMigration) SET m.heldByTest = true").resultAsString();
                var starting = CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(NetwerkkaartApplication.class).run(
                        "--NEO4J_URI=" + neo4j.boltURI(),
                        "--NEO4J_PASSWORD=unused-by-the-harness",
                        "--server.port=" + port,
                        "--netwerkkaart.demo-data.enabled=false"));

                var readiness = awaitAnswer(port, "/actuator/health/readiness");
                assertThat(readiness.statusCode()).isEqualTo(503);
                assertThat(readiness.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
                var liveness = get(port, "/actuator/health/liveness");
                assertThat(liveness.statusCode()).isEqualTo(200);
                assertThat(liveness.body()).isEqualTo("{\"status\":\"UP\"}");
                var page = get(port, "/login");
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.headers().firstValue("Retry-After")).isPresent();
                assertThat(page.body()).startsWith("Netwerkkaart is nog niet klaar");
                assertThat(starting).isNotDone();

                holder.rollback();
                service = starting.get();
            }

            try (service) {
                var readiness = get(port, "/actuator/health/readiness");
                assertThat(readiness.statusCode()).isEqualTo(200);
                assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");

                var chain = service.getBean(SchemaMigrations.class).info();
                assertThat(chain.getElements()).allSatisfy(element -> assertThat(element.getState()).isEqualTo(MigrationState.APPLIED));
                assertThat(chain.getElements()).filteredOn(element -> Integer.parseInt(element.getVersion()) <= 50)
                        .hasSize(10)
                        .allSatisfy(element -> assertThat(element.getInstalledBy()).hasValueSatisfying(
                                by -> assertThat(by).startsWith(LegacyMigrationRecords.CARRIED_OVER_BY)));
                assertThat(chain.getElements()).filteredOn(element -> Integer.parseInt(element.getVersion()) > 50)
                        .extracting(MigrationChain.Element::getInstalledBy)
                        .allSatisfy(by -> assertThat(by).hasValueSatisfying(value -> assertThat(value).startsWith("netwerkkaart/")));
                assertThat(client.query("MATCH (l:LifeDomain {code: 'JUSTICE'}) RETURN count(l)").fetchAs(Long.class).one())
                        .as("V002 did not run again").contains(0L);
                assertThat(client.query("MATCH (m:SchemaMigration) RETURN count(m)").fetchAs(Long.class).one()).contains(0L);
                assertThat(client.query("MATCH (m:RuleKeysChecked) RETURN m.ruleSet").fetchAs(String.class).all())
                        .as("no marker before: the data was checked, then marked").containsExactly(RuleKeys.RULE_SET);

                neo4j.close();
                closed = true;
                var unreachable = get(port, "/actuator/health/readiness");
                assertThat(unreachable.statusCode()).isEqualTo(503);
                assertThat(unreachable.body()).isEqualTo("{\"status\":\"DOWN\"}");
                assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
            }
        }
        finally {
            if (!closed) {
                neo4j.close();
            }
        }
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first answer from the service once its web server listens; generous, CI shares two loaded cores. */
    private HttpResponse<String> awaitAnswer(int port, String path) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                return get(port, path);
            }
            catch (IOException notListeningYet) {
                if (System.nanoTime() > deadline) {
                    throw notListeningYet;
                }
                Thread.sleep(200);
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
