package nl.netwerkkaart.guard;

import java.util.Map;

import nl.netwerkkaart.support.GraphQlTestSupport;
import nl.netwerkkaart.support.MockIdentityProvider;
import nl.netwerkkaart.support.ProdProfile;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code prod} profile, in the Spring context of {@link ProdProfile} (it is a different configuration), signing
 * in at the test's identity provider.
 */
@ProdProfile
class ProdProfileTest extends GraphQlTestSupport {

    @Test
    void introspection_and_graphiql_are_off_in_prod() {
        var admin = MockIdentityProvider.token(Map.of("sub", "beheerder", "aud", MockIdentityProvider.AUDIENCE, "role", "ADMIN"));
        var http = http().mutate().defaultHeaders(headers -> headers.setBearerAuth(admin)).build();

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
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> headers.setBasicAuth("admin", "demo"))
                .bodyValue(Map.of("query", "{ lifeDomains { code } }")).exchange()
                .expectStatus().isUnauthorized();
        http().get().uri("/login").exchange().expectStatus().isNotFound();
    }
}
