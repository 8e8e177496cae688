package nl.netwerkkaart.security;

import nl.netwerkkaart.support.SharedHarness;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login throttle over real HTTP, with small limits (3 failures per account, 6 per address, in 15 minutes) in a
 * Spring context of its own, so the accounts it locks stay locked only here. The service trusts X-Forwarded-For from
 * the loopback proxy, as behind a reverse proxy, so each test signs in from addresses of its own (TEST-NET-1), and
 * each uses accounts no other test here uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "netwerkkaart.security.login-throttle.max-failures-per-account=3",
        "netwerkkaart.security.login-throttle.max-failures-per-address=6",
        "server.forward-headers-strategy=native",
        "netwerkkaart.warm-up.enabled=false"})
class LoginThrottleTest {

    private static final String CSRF = "login-throttle-test-token";

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void neo4jServer(DynamicPropertyRegistry registry) {
        registry.add("NEO4J_URI", () -> SharedHarness.boltUri().toString());
        registry.add("NEO4J_USERNAME", () -> "neo4j");
        registry.add("NEO4J_PASSWORD", () -> "unused-by-the-harness");
    }

    @Test
    void an_account_is_refused_after_three_failures_from_any_address_even_with_the_right_password() {
        for (int i = 0; i < 3; i++) {
            basic("admin", "geraden-" + i, "192.0.2." + (10 + i)).expectStatus().isUnauthorized();
        }
        basic("admin", "demo", "192.0.2.13").expectStatus().isEqualTo(429)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Integer.parseInt(seconds)).isBetween(840, 900))
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("TOO_MANY_REQUESTS")
                .jsonPath("$.errors[0].message").value(String.class, message ->
                        assertThat(message).matches("Too many failed sign-ins; try again in \\d+ s\\."));
        assertRedirect(form("admin", "demo", "192.0.2.13"), "/login?teveel=15");

        basic("municipality", "demo", "192.0.2.13").expectStatus().isOk();
    }

    @Test
    void an_unknown_account_is_refused_exactly_like_an_existing_one() {
        for (int i = 0; i < 3; i++) {
            basic("professional", "geraden-" + i, "192.0.2.30").expectStatus().isUnauthorized();
            basic("beheerder", "geraden-" + i, "192.0.2.31").expectStatus().isUnauthorized();
        }
        var existing = basic("professional", "demo", "192.0.2.32").expectStatus().isEqualTo(429)
                .expectBody(String.class).returnResult();
        var unknown = basic("beheerder", "demo", "192.0.2.32").expectStatus().isEqualTo(429)
                .expectBody(String.class).returnResult();

        assertThat(withoutNumbers(unknown)).isEqualTo(withoutNumbers(existing));
        assertThat(unknown.getResponseHeaders().headerNames()).isEqualTo(existing.getResponseHeaders().headerNames());
    }

    @Test
    void a_successful_sign_in_clears_the_account_but_not_the_address() {
        for (int round = 0; round < 2; round++) {
            basic("coach", "geraden", "192.0.2.40").expectStatus().isUnauthorized();
            basic("coach", "geraden", "192.0.2.40").expectStatus().isUnauthorized();
            basic("coach", "demo", "192.0.2.40").expectStatus().isOk();
        }
        // four failures from this address so far: two more, of any account, and it is refused
        basic("onbekend", "geraden", "192.0.2.40").expectStatus().isUnauthorized();
        basic("onbekend", "geraden", "192.0.2.40").expectStatus().isUnauthorized();
        basic("coach", "demo", "192.0.2.40").expectStatus().isEqualTo(429);
        basic("coach", "demo", "192.0.2.41").expectStatus().isOk();
    }

    @Test
    void an_address_is_refused_after_six_failures_whatever_the_accounts() {
        for (int i = 0; i < 6; i++) {
            basic("gebruiker-" + i, "geraden", "192.0.2.50").expectStatus().isUnauthorized();
        }
        basic("municipality", "demo", "192.0.2.50").expectStatus().isEqualTo(429);
        basic("municipality", "demo", "192.0.2.51").expectStatus().isOk();
    }

    @Test
    void the_login_form_sends_the_user_back_to_the_login_page_saying_how_long_to_wait() {
        assertRedirect(form("gezinscoach-wessel", "geraden", "192.0.2.60"), "/login?fout");
        assertRedirect(form("gezinscoach-wessel", "geraden", "192.0.2.60"), "/login?fout");
        // the failure that uses up the last attempt already says to wait
        assertRedirect(form("gezinscoach-wessel", "geraden", "192.0.2.60"), "/login?teveel=15");
        assertRedirect(form("gezinscoach-wessel", "geraden", "192.0.2.61"), "/login?teveel=15");
        // the form and HTTP Basic share the account's count
        basic("gezinscoach-wessel", "geraden", "192.0.2.62").expectStatus().isEqualTo(429);
    }

    private static void assertRedirect(WebTestClient.ResponseSpec response, String path) {
        response.expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith(path));
    }

    private WebTestClient.ResponseSpec basic(String username, String password, String address) {
        return http().get().uri("/gezinnen.html")
                .headers(headers -> headers.setBasicAuth(username, password))
                .header("X-Forwarded-For", address)
                .exchange();
    }

    /** Posts the login form, with a CSRF token of its own choosing in both cookie and form, as the login page does. */
    private WebTestClient.ResponseSpec form(String username, String password, String address) {
        return http().post().uri("/login")
                .header("X-Forwarded-For", address)
                .cookie("XSRF-TOKEN", CSRF)
                .body(BodyInserters.fromFormData("username", username).with("password", password).with("_csrf", CSRF))
                .exchange()
                .expectStatus().isFound();
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private static String withoutNumbers(EntityExchangeResult<String> result) {
        return result.getResponseBody().replaceAll("\\d+", "N");
    }
}
