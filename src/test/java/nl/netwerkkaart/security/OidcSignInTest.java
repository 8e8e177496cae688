package nl.netwerkkaart.security;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.NetwerkkaartApplication;
import nl.netwerkkaart.support.GraphQlTestSupport;
import nl.netwerkkaart.support.MockIdentityProvider;
import nl.netwerkkaart.support.ProdProfile;
import nl.netwerkkaart.support.SharedHarness;
import nl.netwerkkaart.support.TestAuditFiles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signing in in {@code prod} over plain HTTP, against the test's OpenID Connect provider: what the browser tests
 * (web/ProviderSignInTest) cannot see, such as the cookie's flags and the parameters of the authorization request.
 */
@ProdProfile
class OidcSignInTest extends GraphQlTestSupport {

    private static final String VIEWER = "{\"query\": \"{ viewer { userId role professional { name } } }\"}";
    private static final String COACH_ID = "91834f95-c4d1-5584-8e5e-177d8e0830e2";

    private static String token(Map<String, Object> claims) {
        return MockIdentityProvider.token(claims);
    }

    @Test
    void an_api_client_signs_in_with_a_token_of_the_provider() {
        var coach = token(Map.of("sub", "a.verheijen", "aud", MockIdentityProvider.AUDIENCE, "role", "COACH",
                "municipality_id", DEMO_MUNICIPALITY, "professional_id", COACH_ID));
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(VIEWER)
                .headers(headers -> headers.setBearerAuth(coach))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data.viewer.userId").isEqualTo("a.verheijen")
                .jsonPath("$.data.viewer.role").isEqualTo("COACH")
                .jsonPath("$.data.viewer.professional.name").isEqualTo("Anouk Verheijen");
    }

    @Test
    void a_token_the_provider_issued_for_another_application_is_refused() {
        var other = token(Map.of("sub", "a.verheijen", "aud", "een-andere-toepassing", "role", "COACH",
                "municipality_id", DEMO_MUNICIPALITY, "professional_id", COACH_ID));
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(VIEWER)
                .headers(headers -> headers.setBearerAuth(other))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void the_role_may_come_as_a_list_among_other_roles() {
        var municipality = token(Map.of("sub", "gemeente-1", "aud", MockIdentityProvider.AUDIENCE,
                "role", List.of("offline_access", "municipality"), "municipality_id", DEMO_MUNICIPALITY));
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(VIEWER)
                .headers(headers -> headers.setBearerAuth(municipality))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.data.viewer.role").isEqualTo("MUNICIPALITY");
    }

    @Test
    void a_page_without_a_session_goes_to_the_provider_with_pkce_and_a_secure_session_cookie() {
        var page = http().get().uri("/gezinnen.html").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().is3xxRedirection()
                .returnResult(String.class);
        var signIn = page.getResponseHeaders().getLocation();
        assertThat(signIn).isNotNull();
        assertThat(signIn.getPath()).isEqualTo("/oauth2/authorization/gemeente");
        var session = page.getResponseCookies().getFirst("JSESSIONID");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.isSecure()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");

        var authorize = http().get().uri(signIn.getPath()).cookie("JSESSIONID", session.getValue()).exchange()
                .expectStatus().is3xxRedirection()
                .returnResult(String.class).getResponseHeaders().getLocation();
        assertThat(authorize).isNotNull();
        assertThat(authorize.toString()).startsWith(MockIdentityProvider.issuerUri() + "/authorize");
        var parameters = UriComponentsBuilder.fromUri(authorize).build().getQueryParams();
        assertThat(parameters.getFirst("response_type")).isEqualTo("code");
        assertThat(parameters.getFirst("client_id")).isEqualTo(MockIdentityProvider.CLIENT_ID);
        assertThat(parameters.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(parameters.getFirst("code_challenge")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(parameters.getFirst("nonce")).isNotBlank();
        assertThat(parameters.getFirst("state")).isNotBlank();
        assertThat(URI.create(URLDecoder.decode(parameters.getFirst("redirect_uri"), StandardCharsets.UTF_8)).getPath())
                .isEqualTo("/login/oauth2/code/gemeente");
        assertThat(parameters.getFirst("scope")).contains("openid");
    }

    @Test
    void a_script_without_a_session_gets_401_not_a_redirect() {
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(VIEWER)
                .header("X-Requested-With", "XMLHttpRequest")
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().doesNotExist(HttpHeaders.LOCATION);
    }

    @Test
    void the_pages_for_after_signing_out_or_a_failed_sign_in_are_open() {
        http().get().uri("/afgemeld.html").exchange().expectStatus().isOk();
        http().get().uri("/aanmelden-mislukt.html?ontbreekt=rol").exchange().expectStatus().isOk();
        http().get().uri("/js/aanmelden-mislukt.js").exchange().expectStatus().isOk();
    }

    @Test
    void prod_refuses_to_start_without_the_identity_provider() {
        assertThatThrownBy(() -> startProd("--netwerkkaart.demo-data.enabled=false"))
                .rootCause().hasMessageContaining("NETWERKKAART_OIDC_ISSUER_URI");
        assertThatThrownBy(() -> startProd("--NETWERKKAART_OIDC_ISSUER_URI=" + MockIdentityProvider.issuerUri()))
                .rootCause().hasMessage("The prod profile signs users in at the municipality's OpenID Connect provider: "
                        + "set NETWERKKAART_OIDC_CLIENT_ID (see docs/sign-in.md)");
    }

    private static void startProd(String setting) {
        new SpringApplicationBuilder(NetwerkkaartApplication.class).profiles("prod").run(
                "--NEO4J_URI=" + SharedHarness.boltUri(), "--server.port=0", "--netwerkkaart.demo-data.enabled=false",
                "--NETWERKKAART_AUDIT_KEY=" + TestAuditFiles.KEY, setting)
                .close();
    }
}
