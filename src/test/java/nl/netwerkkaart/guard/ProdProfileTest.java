package nl.netwerkkaart.guard;

import java.util.Map;

import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.SharedHarness;
import nl.netwerkkaart.support.TestAuditFiles;
import nl.netwerkkaart.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code prod} profile, in a Spring context of its own (it is a different configuration). Keep it minimal:
 * settings that {@code prod} requires and tests must provide go in {@link #prodSettings}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class ProdProfileTest {

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void prodSettings(DynamicPropertyRegistry registry) {
        registry.add("NEO4J_URI", () -> SharedHarness.boltUri().toString());
        registry.add("NEO4J_USERNAME", () -> "neo4j");
        registry.add("NEO4J_PASSWORD", () -> "unused-by-the-harness");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
        registry.add("NETWERKKAART_AUDIT_KEY", () -> TestAuditFiles.KEY);
        registry.add("NETWERKKAART_AUDIT_CHECKPOINT_FILE", () -> TestAuditFiles.checkpointFile("prod"));
    }

    @Test
    void introspection_and_graphiql_are_off_in_prod() {
        var http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBearerAuth(TestTokens.token(Role.ADMIN, null, null))).build();

        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ __schema { queryType { name } } }")).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors[0].message").value(String.class, message ->
                        assertThat(message).contains("Introspection has been disabled"));
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ lifeDomains { code } }")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.data.lifeDomains.length()").isEqualTo(17);
        http.get().uri("/graphiql?path=/graphql").exchange().expectStatus().isNotFound();
    }

    @Test
    void prod_accepts_only_tokens_not_demo_accounts() {
        var http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();

        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> headers.setBasicAuth("admin", "demo"))
                .bodyValue(Map.of("query", "{ lifeDomains { code } }")).exchange()
                .expectStatus().isUnauthorized();
        http.get().uri("/login").exchange().expectStatus().isNotFound();
    }
}
