package nl.netwerkkaart.web;

import java.io.IOException;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import nl.netwerkkaart.support.BrowserTestSupport;
import nl.netwerkkaart.support.MockIdentityProvider;
import nl.netwerkkaart.support.ProdProfile;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in the {@code prod} profile, signed in through a real OpenID Connect provider's login page (the test's
 * {@link MockIdentityProvider}, where the browser types a user name and the claims the municipality's provider would
 * send): every page for the roles that may use it, signing out here and at the provider, an expired session, and an
 * account the pages cannot serve.
 */
@ProdProfile
class ProviderSignInTest extends BrowserTestSupport {

    private static final String VERBEEK = "e681135a-5698-5371-89c4-ccd6dc53e61d";
    private static final String SESSION = "27675380-a480-52f2-9a5b-9a38bbaa9be3";
    private static final String COACH = """
            {"role": "COACH", "municipality_id": "%s", "professional_id": "91834f95-c4d1-5584-8e5e-177d8e0830e2"}"""
            .formatted(DEMO_MUNICIPALITY);
    private static final String PROFESSIONAL = """
            {"role": "PROFESSIONAL", "municipality_id": "%s", "professional_id": "0463b537-9b53-5e9f-82e5-01b13448a226"}"""
            .formatted(DEMO_MUNICIPALITY);
    /** As Keycloak sends realm roles: a list, with roles of other applications. */
    private static final String MUNICIPALITY = """
            {"role": ["offline_access", "municipality"], "municipality_id": "%s"}""".formatted(DEMO_MUNICIPALITY);

    @LocalServerPort
    private int port;

    @Autowired
    private WebServerApplicationContext server;

    /** Opens a page with a browser that has no session; the service sends it to the provider, where the user signs in. */
    private void signInAt(String path, String username, String claims) {
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
        open(path);
        signInAtProvider(username, claims);
    }

    /** Signs in on the provider's login page the browser is being sent to, and waits for the way back to the service. */
    private void signInAtProvider(String username, String claims) {
        waitFor(driver -> driver.getCurrentUrl().startsWith(MockIdentityProvider.issuerUri() + "/authorize"));
        visible(By.name("username")).sendKeys(username);
        browser.findElement(By.name("claims")).sendKeys(claims);
        browser.findElement(By.cssSelector("input[type=submit]")).click();
        waitFor(driver -> driver.getCurrentUrl().startsWith("http://localhost:" + port + "/"));
        waitFor(driver -> "complete".equals(script("return document.readyState")));
    }

    private String url() {
        return browser.getCurrentUrl();
    }

    /** Waits for the page's own mark that it has loaded, and for it to be ready. */
    private void loaded(String selector) {
        waitForReady();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector)));
    }

    /** Ends the browser's session on the server, as its timeout would: the browser still sends the cookie. */
    private void expireSession() throws IOException {
        var id = browser.manage().getCookieNamed("JSESSIONID").getValue();
        var context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()[0];
        context.getManager().findSession(id).expire();
    }

    @Test
    void the_coach_signs_in_at_the_provider_and_opens_every_page_of_a_family() {
        signInAt("/gezinnen.html", "a.verheijen", COACH);
        assertThat(url()).contains("/gezinnen.html");
        visible(By.cssSelector("#gezinnen tbody tr"));
        assertThat(visible(By.id("nk-gebruiker")).getText()).isEqualTo("Anouk Verheijen");
        assertThat(browser.findElement(By.id("nk-rol")).getText()).isEqualTo("gezinscoach");
        // the tokens stay on the server; the session cookie is out of the scripts' reach
        assertThat((String) script("return document.cookie")).doesNotContain("JSESSIONID");
        screenshot("prod-gezinnen");

        open("/netwerk.html?gezin=" + VERBEEK);
        loaded("body[data-status='klaar']");
        open("/tent.html?sessie=" + SESSION);
        loaded("body[data-geladen='ja']");
        assertThat(browser.findElement(By.id("titel")).getText()).isEqualTo("Expertisetent · Gezin Verbeek");
        open("/dossier.html?gezin=" + VERBEEK);
        loaded("body[data-geladen='ja']");
        assertThat(url()).endsWith("/dossier.html?gezin=" + VERBEEK);
    }

    @Test
    void the_professional_and_the_municipality_reach_their_pages() {
        signInAt("/", "r.geurts", PROFESSIONAL);
        waitFor(driver -> driver.getCurrentUrl().endsWith("/gezinnen.html"));
        waitFor(driver -> driver.findElement(By.tagName("h1")).getText().equals("Gezinnen van mijn tenten"));
        assertThat(browser.findElement(By.id("nk-rol")).getText()).isEqualTo("beroepskracht");

        signInAt("/", "gemeente.peelenmaas", MUNICIPALITY);
        waitFor(driver -> driver.getCurrentUrl().endsWith("/kaart.html"));
        loaded("#kaart[data-voorzieningen]");
        assertThat(browser.findElement(By.id("nk-rol")).getText()).isEqualTo("gemeente");
        screenshot("prod-kaart");
    }

    @Test
    void signing_out_ends_the_session_here_and_at_the_provider() throws Exception {
        signInAt("/gezinnen.html", "a.verheijen", COACH);
        visible(By.cssSelector("#gezinnen tbody tr"));
        MockIdentityProvider.requests();

        visible(By.id("nk-afmelden")).click();
        waitFor(driver -> driver.getCurrentUrl().endsWith("/afgemeld.html"));
        assertThat(visible(By.id("melding")).getText()).isEqualTo("U bent afgemeld.");
        screenshot("prod-afgemeld");

        // RP-initiated logout: the browser went past the provider's end-session endpoint with the user's ID token
        var endSession = MockIdentityProvider.requests().stream()
                .filter(request -> request.getRequestUrl().encodedPath().endsWith("/endsession"))
                .findFirst().orElseThrow(() -> new AssertionError("The browser was not sent to the provider's end-session endpoint"));
        assertThat(endSession.getRequestUrl().queryParameter("post_logout_redirect_uri"))
                .isEqualTo("http://localhost:" + port + "/afgemeld.html");
        assertThat(SignedJWT.parse(endSession.getRequestUrl().queryParameter("id_token_hint")).getJWTClaimsSet().getSubject())
                .isEqualTo("a.verheijen");

        // and the session here is gone: a page sends the browser to sign in again
        open("/gezinnen.html");
        waitFor(driver -> driver.getCurrentUrl().startsWith(MockIdentityProvider.issuerUri() + "/authorize"));
    }

    @Test
    void an_expired_session_signs_in_again_through_the_provider_and_returns_to_the_page() throws IOException {
        signInAt("/gezinnen.html", "a.verheijen", COACH);
        visible(By.cssSelector("#gezinnen tbody tr"));
        expireSession();

        // a script's request finds the session gone; the page goes through the provider and comes back
        browser.findElement(By.cssSelector("#zoeken button")).click();
        signInAtProvider("a.verheijen", COACH);
        assertThat(url()).contains("/gezinnen.html");
        visible(By.cssSelector("#gezinnen tbody tr"));

        // opening a page after the session expired
        expireSession();
        open("/dossier.html?gezin=" + VERBEEK);
        signInAtProvider("a.verheijen", COACH);
        assertThat(url()).contains("/dossier.html?gezin=" + VERBEEK);
        loaded("body[data-geladen='ja']");
    }

    @Test
    void an_account_without_role_or_municipality_gets_a_dutch_page_saying_what_is_missing() {
        signInAt("/gezinnen.html", "nieuwe.medewerker", "{}");
        waitFor(driver -> driver.getCurrentUrl().endsWith("/aanmelden-mislukt.html?ontbreekt=rol,gemeente"));
        assertThat(browser.getTitle()).isEqualTo("Aanmelden niet gelukt · Netwerkkaart");
        waitFor(driver -> driver.findElement(By.id("melding")).getText().contains("geen rol"));
        assertThat(browser.findElement(By.id("melding")).getText()).isEqualTo(String.join("\n",
                "U bent aangemeld bij uw gemeente, maar kunt Netwerkkaart nog niet gebruiken.",
                "Uw account heeft geen rol voor Netwerkkaart (gezinscoach, beroepskracht, gemeente of beheerder).",
                "Uw account is niet gekoppeld aan een gemeente.",
                "Vraag uw beheerder om dit in te stellen in het aanmeldsysteem van de gemeente, en meld u daarna opnieuw aan."));
        screenshot("prod-geen-rol");

        // no session was made: the pages still send the browser to sign in
        open("/gezinnen.html");
        // a coach whose account is not linked to their professional in the directory
        signInAtProvider("coach.zonder.koppeling", """
                {"role": "COACH", "municipality_id": "%s"}""".formatted(DEMO_MUNICIPALITY));
        waitFor(driver -> driver.getCurrentUrl().endsWith("/aanmelden-mislukt.html?ontbreekt=beroepskracht"));
        waitFor(driver -> driver.findElement(By.id("melding")).getText().contains("niet gekoppeld aan een beroepskracht"));
    }
}
