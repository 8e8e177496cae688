package nl.netwerkkaart.security;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import nl.netwerkkaart.NetwerkkaartApplication;
import nl.netwerkkaart.support.GraphQlTestSupport;
import nl.netwerkkaart.support.MockIdentityProvider;
import nl.netwerkkaart.support.SharedHarness;
import nl.netwerkkaart.support.TestAuditFiles;
import nl.netwerkkaart.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityTest extends GraphQlTestSupport {

    private static final String QUERY = "{\"query\": \"{ lifeDomains { code } }\"}";

    private static void assertForbidden(GraphQlTester.Response response) {
        response.errors().satisfy(errors -> assertThat(errors).isNotEmpty()
                .allSatisfy(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
    }

    @Test
    void anonymous_api_calls_are_refused() {
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(QUERY)
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void demo_accounts_sign_in_with_http_basic() {
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(QUERY)
                .headers(headers -> headers.setBasicAuth("coach", "demo"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.data.lifeDomains.length()").isEqualTo(17);
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(QUERY)
                .headers(headers -> headers.setBasicAuth("coach", "wrong"))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void browsers_are_sent_to_the_login_form() {
        http().get().uri("/graphiql").accept(MediaType.TEXT_HTML)
                .exchange().expectStatus().is3xxRedirection()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/login"));
        http().get().uri("/login").exchange().expectStatus().isOk();
    }

    @Test
    void signing_in_leads_back_to_the_page_asked_for_never_to_a_script_a_page_fetched() {
        assertThat(signInAfterAsking("/gezinnen.html", MediaType.TEXT_HTML)).endsWith("/gezinnen.html?continue");
        assertThat(signInAfterAsking("/js/gezinnen.js", MediaType.ALL)).endsWith("/");
    }

    /** Asks for {@code path} without being signed in, then signs in as the demo coach: where the login sends them. */
    private String signInAfterAsking(String path, MediaType accept) {
        var asked = http().get().uri(path).accept(accept).exchange().returnResult(Void.class);
        assertThat(asked.getStatus().is2xxSuccessful()).as("signed out, " + path + " answers " + asked.getStatus()).isFalse();
        // the session the request was saved in, if it started one
        var session = asked.getResponseCookies().getFirst("JSESSIONID");
        var sessionId = session == null ? "" : session.getValue();
        var csrf = http().get().uri("/login").cookie("JSESSIONID", sessionId).exchange().expectStatus().isOk()
                .returnResult(Void.class).getResponseCookies().getFirst("XSRF-TOKEN").getValue();
        return http().post().uri("/login").cookie("JSESSIONID", sessionId).cookie("XSRF-TOKEN", csrf)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", "coach").with("password", "demo").with("_csrf", csrf))
                .exchange().expectStatus().is3xxRedirection()
                .returnResult(Void.class).getResponseHeaders().getFirst(HttpHeaders.LOCATION);
    }

    @Test
    void responses_carry_secure_headers() {
        http().get().uri("/login").exchange()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "same-origin");
    }

    @Test
    void a_form_post_without_csrf_token_is_refused() {
        http().post().uri("/logout").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void expired_or_foreign_tokens_are_refused() {
        var expired = TestTokens.token(new JWTClaimsSet.Builder().subject("x").claim("role", "ADMIN")
                .expirationTime(Date.from(Instant.now().minusSeconds(600))).build());
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(QUERY)
                .headers(headers -> headers.setBearerAuth(expired))
                .exchange().expectStatus().isUnauthorized();
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(QUERY)
                .headers(headers -> headers.setBearerAuth("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6IkFETUlOIn0."))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void only_the_administrator_changes_the_directory() {
        for (var role : new Role[] {Role.COACH, Role.PROFESSIONAL, Role.MUNICIPALITY}) {
            assertForbidden(as(role, null).documentName("createOrganisation")
                    .variable("input", Map.of("name", "Niet toegestaan " + role)).execute());
        }
        assertThat(neo4j.query("MATCH (o:Organisation) WHERE o.name STARTS WITH 'Niet toegestaan' RETURN count(o)")
                .fetchAs(Long.class).one()).contains(0L);
    }

    @Test
    void the_municipality_manages_community_resources() {
        as(Role.MUNICIPALITY, null).documentName("deleteCommunityResource").variable("id", UUID.randomUUID().toString()).execute()
                .path("deleteCommunityResource.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        assertForbidden(as(Role.COACH, null).documentName("deleteCommunityResource")
                .variable("id", UUID.randomUUID().toString()).execute());
    }

    @Test
    void the_municipality_and_the_administrator_never_see_family_data() {
        assertForbidden(as(Role.MUNICIPALITY, null).documentName("familyNames").execute());
        assertForbidden(as(Role.ADMIN, null).documentName("familyNames").execute());
        as(Role.COACH, null).documentName("familyNames").execute().path("families.totalCount").hasValue();
    }

    @Test
    void every_role_reads_the_directory() {
        for (var role : Role.values()) {
            as(role, null).documentName("lifeDomainCodes").execute().path("lifeDomains").entityList(Object.class).hasSize(17);
        }
    }

    @Test
    void the_prod_profile_refuses_to_start_with_demo_accounts() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(NetwerkkaartApplication.class).profiles("prod").run(
                "--NEO4J_URI=" + SharedHarness.boltUri(),
                "--server.port=0",
                "--netwerkkaart.demo-data.enabled=false",
                "--NETWERKKAART_OIDC_ISSUER_URI=" + MockIdentityProvider.issuerUri(),
                "--NETWERKKAART_OIDC_CLIENT_ID=" + MockIdentityProvider.CLIENT_ID,
                "--NETWERKKAART_AUDIT_KEY=" + TestAuditFiles.KEY,
                "--netwerkkaart.security.demo-accounts[0].username=admin",
                "--netwerkkaart.security.demo-accounts[0].password=demo",
                "--netwerkkaart.security.demo-accounts[0].role=ADMIN"))
                .hasRootCauseMessage("Demo accounts are configured (netwerkkaart.security.demo-accounts) but the prod "
                        + "profile is active: remove them; in prod users sign in through the identity provider");
    }
}
