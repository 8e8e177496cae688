package nl.netwerkkaart.support;

import java.time.Duration;

import nl.netwerkkaart.security.Role;
import graphql.introspection.Introspection;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * End-to-end base: the whole service on a random port, over real HTTP, against the shared harness, with the demo
 * data loaded. The harness is handed over through the same {@code NEO4J_*} variables an operator would set, and
 * requests sign in with JWTs signed by {@link TestTokens}, as the identity provider's would be. All
 * subclasses share one Spring context, so keep configuration here and nowhere else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CypherStatementCounter.class)
public abstract class GraphQlTestSupport {

    /** The fictional demo municipality, Peel en Maas. */
    protected static final String DEMO_MUNICIPALITY = "c75d52ae-8030-5663-acc5-64fcfc8396bf";

    @LocalServerPort
    private int port;

    @Autowired
    protected Neo4jClient neo4j;

    @Autowired
    protected CypherStatementCounter statements;

    protected HttpGraphQlTester graphQl;

    @DynamicPropertySource
    static void neo4jServer(DynamicPropertyRegistry registry) {
        registry.add("NEO4J_URI", () -> SharedHarness.boltUri().toString());
        registry.add("NEO4J_USERNAME", () -> "neo4j");
        registry.add("NEO4J_PASSWORD", () -> "unused-by-the-harness");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
        // The whole suite calls from one address, far faster than any client should.
        registry.add("NETWERKKAART_GRAPHQL_RATE_BURST", () -> "1000000");
        // Tests check behaviour, not speed (the benchmark does that): on a busy 2-core CI machine a cold statement
        // may pass the production limit of 10 s without anything being wrong.
        registry.add("NETWERKKAART_GRAPHQL_TIMEOUT", () -> "60s");
        registry.add("NETWERKKAART_TRANSACTION_TIMEOUT", () -> "60s");
        // Browser tests sign in from one address all suite long; the throttle's own tests count per account.
        registry.add("NETWERKKAART_LOGIN_MAX_FAILURES_PER_ADDRESS", () -> "1000000");
        // the feeds the tests pull run on this machine, which a pull refuses unless listed
        registry.add("NETWERKKAART_HSDS_PULL_ALLOWED_URLS", () -> "http://localhost:");
        // Tests read the municipality's aggregates right after writing their fixtures, so nothing is kept.
        registry.add("NETWERKKAART_STATISTICS_MAX_AGE", () -> "0");
        // The audit key and checkpoints live outside the database; a checkpoint after every seal, so a test that breaks
        // a sealed event and puts it back breaks only the chain, never the checkpoints.
        registry.add("NETWERKKAART_AUDIT_KEY", () -> TestAuditFiles.KEY);
        registry.add("NETWERKKAART_AUDIT_CHECKPOINT_FILE", () -> TestAuditFiles.checkpointFile("graphql"));
        registry.add("NETWERKKAART_AUDIT_CHECKPOINT_INTERVAL", () -> "0s");
        // Another system's key to the demo municipality's HSDS API (HsdsApiTest); only its SHA-256 is configured.
        registry.add("netwerkkaart.hsds.api.keys[0].name", () -> "test-buurgemeente");
        registry.add("netwerkkaart.hsds.api.keys[0].municipality-id", () -> DEMO_MUNICIPALITY);
        registry.add("netwerkkaart.hsds.api.keys[0].sha256", () -> "2940b845071e2c01f518bc0c573a429796c3bce2027b33ce0b443b4d085fd17d");
    }

    /** Tests act as the administrator unless they sign in as someone else with {@link #as}. */
    @Autowired
    private Environment environment;

    @BeforeEach
    void connect() {
        graphQl = as(Role.ADMIN, null);
        // Spring Boot switches introspection off JVM-wide for prod, and the suite runs a prod context beside this one
        Introspection.enabledJvmWide(!environment.matchesProfiles("prod"));
    }

    /** A GraphQL client signed in with a JWT for {@code role}, linked to {@code professionalId} (may be null). */
    protected HttpGraphQlTester as(Role role, String professionalId) {
        return as(role, DEMO_MUNICIPALITY, professionalId);
    }

    /** As {@link #as(Role, String)}, for a user of another municipality, so fixtures can live apart from the demo data. */
    protected HttpGraphQlTester as(Role role, String municipalityId, String professionalId) {
        return HttpGraphQlTester.create(http().mutate()
                .defaultHeader("Authorization", "Bearer " + TestTokens.token(role, municipalityId, professionalId))
                .baseUrl("http://localhost:" + port + "/graphql")
                .build());
    }

    /** A GraphQL client signed in with HTTP Basic as one of the configured demo accounts (password {@code demo}). */
    protected HttpGraphQlTester demoAccount(String username) {
        return HttpGraphQlTester.create(http().mutate()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeaders(headers -> headers.setBasicAuth(username, "demo"))
                .build());
    }

    /** A plain HTTP client signed in with a JWT for {@code role}. */
    protected WebTestClient http(Role role, String professionalId) {
        return http().mutate()
                .defaultHeader("Authorization", "Bearer " + TestTokens.token(role, DEMO_MUNICIPALITY, professionalId))
                .build();
    }

    /** A plain HTTP client for the running service, for what is not GraphQL. */
    protected WebTestClient http() {
        // Generous: CI runs on two loaded cores, and a slow answer is not what these tests check.
        return WebTestClient.bindToServer(new JdkClientHttpConnector())
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(60))
                // the whole schema's introspection and a municipality's HSDS export are larger than the 256 KB default
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build();
    }

    /** Asserts that a single-item query answered null with a NOT_FOUND error naming its {@code id} argument. */
    protected static void assertNotFound(GraphQlTester.Response response, String path) {
        response.errors()
                .expect(error -> "NOT_FOUND".equals(error.getErrorType().toString()) && error.getMessage().startsWith("id: "))
                .verify()
                .path(path).valueIsNull();
    }

    /** Number of nodes with {@code label}, read straight from the database. */
    protected long count(String label) {
        return neo4j.query("MATCH (n) WHERE $label IN labels(n) RETURN count(n)")
                .bind(label).to("label").fetchAs(Long.class).one().orElseThrow();
    }

    /**
     * Total number of nodes and relationships outside the audit trail, to prove a refused mutation wrote nothing:
     * the audit trail records refused attempts too, by design.
     */
    protected long graphSize() {
        return neo4j.query("""
                        RETURN COUNT { MATCH (n) WHERE NOT (n:AuditEvent OR n:AuditChain) }
                             + COUNT { MATCH (a)-->(b) WHERE NOT (a:AuditEvent OR b:AuditEvent) } AS size""")
                .fetchAs(Long.class).one().orElseThrow();
    }
}
