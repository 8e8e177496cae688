package nl.netwerkkaart.graph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import nl.netwerkkaart.NetwerkkaartApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default run as a newcomer meets it: no NEO4J_URI, Neo4j embedded in the service on a new data directory, demo
 * data loaded, a start-up log without warnings that ends saying where to go, probes that answer without a login, and
 * a Bolt port that refuses whoever lacks the password kept in the data directory. Data is kept between starts.
 */
class EmbeddedModeTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return start(() -> { });
    }

    /** Starts the service; {@code loggingSetUp} runs once its logging is set up, before anything else happens. */
    private ConfigurableApplicationContext start(Runnable loggingSetUp) {
        return new SpringApplicationBuilder(NetwerkkaartApplication.class).listeners(new ApplicationListener<ApplicationPreparedEvent>() {
            @Override
            public void onApplicationEvent(ApplicationPreparedEvent event) {
                loggingSetUp.run();
            }
        }).run(
                "--NEO4J_URI=",
                "--server.port=0",
                "--netwerkkaart.embedded.data-dir=" + dataDir,
                "--netwerkkaart.embedded.bolt-port=0",
                "--netwerkkaart.embedded.page-cache=32m",
                // the warm-up has its own test (StartupWarmingTest); here it would only add to each start
                "--netwerkkaart.warm-up.enabled=false");
    }

    private static long count(ConfigurableApplicationContext context, String cypher) {
        return context.getBean(Neo4jClient.class).query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    private static URI bolt(ConfigurableApplicationContext context) {
        var database = (GraphDatabaseAPI) context.getBean(DatabaseManagementService.class).database("neo4j");
        var bolt = database.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        assertThat(bolt.getHost()).isEqualTo("127.0.0.1");
        return URI.create("bolt://127.0.0.1:" + bolt.getPort());
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_first_start_loads_the_demo_data_quietly_and_later_starts_keep_the_data() throws Exception {
        var log = new ListAppender<ILoggingEvent>();
        log.start();
        var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        long areas;
        String checked;
        // attached once Spring Boot has (re)configured the logging, which drops appenders added before
        try (var context = start(() -> root.addAppender(log))) {
            root.detachAppender(log);
            assertThat(log.list).as("the start is logged").hasSizeGreaterThan(10);
            assertThat(log.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                    .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
            var startLog = log.list.stream().filter(event -> event.getThreadName().equals(Thread.currentThread().getName())).toList();
            assertThat(startLog.get(startLog.size() - 1).getFormattedMessage())
                    .matches("Netwerkkaart is ready: open http://localhost:\\d+ and sign in with a demo account: "
                            + "coach, professional, municipality, admin \\(password demo\\)");

            areas = count(context, "MATCH (a:Area) RETURN count(a)");
            assertThat(areas).isGreaterThan(10);
            assertThat(count(context, "MATCH (p:Professional) RETURN count(p)")).isGreaterThanOrEqualTo(40);
            context.getBean(Neo4jClient.class).query("CREATE (:Organisation {id: randomUUID(), name: 'Blijft bewaard'})").run();
            assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                    .anySatisfy(line -> assertThat(line).startsWith("Rule keys checked in").contains("set on {"));
            checked = marker(context);
            assertThat(checked).as("the demo data keyed, the rule set marked").startsWith(RuleKeys.RULE_SET + " ");

            assertThat(get(context, "/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(get(context, "/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(get(context, "/actuator/health").statusCode()).as("everything else needs a login").isEqualTo(401);

            var bolt = bolt(context);
            try (var anonymous = GraphDatabase.driver(bolt, AuthTokens.none())) {
                assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            try (var wrong = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "neo4j"))) {
                assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            assertThat(Files.readString(dataDir.resolve("logs/debug.log"))).as("no usage report to Neo4j")
                    .contains("DatabaseId{").doesNotContain("Anonymous Usage Data is being sent");
            var passwordFile = dataDir.resolve(EmbeddedCredentials.FILE_NAME);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            try (var owner = GraphDatabase.driver(bolt, EmbeddedCredentials.read(dataDir).authToken())) {
                owner.verifyConnectivity();
            }
        }
        finally {
            root.detachAppender(log);
        }

        try (var context = start()) {
            assertThat(count(context, "MATCH (o:Organisation {name: 'Blijft bewaard'}) RETURN count(o)")).isEqualTo(1);
            assertThat(count(context, "MATCH (a:Area) RETURN count(a)")).as("demo data is loaded only once").isEqualTo(areas);
            assertThat(marker(context)).as("the later start trusted the marker: no check, no new mark").isEqualTo(checked);
        }
    }

    /** The rule keys' marker: its rule set and when it was set. */
    private static String marker(ConfigurableApplicationContext context) {
        return context.getBean(Neo4jClient.class).query("MATCH (m:RuleKeysChecked) RETURN m.ruleSet + ' ' + toString(m.checkedAt)")
                .fetchAs(String.class).one().orElseThrow();
    }
}
