package nl.netwerkkaart.web;

import java.util.List;

import nl.netwerkkaart.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared layout, the login page and the family list, in a real browser, with the demo accounts. */
class WebPagesTest extends BrowserTestSupport {

    private static final String VERBEEK = "e681135a-5698-5371-89c4-ccd6dc53e61d";

    private String message() {
        return visible(By.id("melding")).getText();
    }

    /** Signs in as the demo coach, whom the home page sends to their families. */
    private void signInAsCoach() {
        signIn("coach", "demo");
        waitFor(driver -> driver.getCurrentUrl().endsWith("/gezinnen.html"));
        visible(By.cssSelector("#gezinnen tbody tr"));
    }

    @Test
    void the_login_page_is_dutch_and_a_wrong_password_says_so() {
        browser.manage().deleteAllCookies();
        open("/gezinnen.html");
        waitFor(driver -> driver.getCurrentUrl().endsWith("/login"));
        assertThat(browser.getTitle()).isEqualTo("Aanmelden · Netwerkkaart");
        assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("Gebruikersnaam");
        assertThat(browser.findElement(By.cssSelector("label[for=password]")).getText()).isEqualTo("Wachtwoord");

        signIn("coach", "geen-wachtwoord");
        assertThat(browser.getCurrentUrl()).endsWith("/login?fout");
        assertThat(message()).isEqualTo("Gebruikersnaam of wachtwoord klopt niet. Probeer het opnieuw.");
        screenshot("login-fout");
    }

    @Test
    void the_demo_coach_signs_in_sees_their_families_and_opens_one() {
        signIn("coach", "demo");
        waitFor(driver -> driver.getCurrentUrl().endsWith("/gezinnen.html"));
        assertThat(visible(By.id("nk-gebruiker")).getText()).isEqualTo("Anouk Verheijen");
        assertThat(browser.findElement(By.id("nk-rol")).getText()).isEqualTo("gezinscoach");

        var expected = demoAccount("coach").document("{ families(first: 100) { edges { node { name } } } }").execute()
                .path("families.edges[*].node.name").entityList(String.class).get();
        waitFor(driver -> driver.findElements(By.cssSelector("#gezinnen tbody tr")).size() == expected.size());
        List<String> shown = browser.findElements(By.cssSelector("#gezinnen tbody .nk-gezin-link")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).containsExactlyElementsOf(expected).contains("Gezin Verbeek");
        screenshot("gezinnen");

        browser.findElement(By.cssSelector("tr[data-gezin='" + VERBEEK + "'] .nk-gezin-link")).click();
        waitFor(driver -> driver.getCurrentUrl().endsWith("/netwerk.html?gezin=" + VERBEEK));
    }

    @Test
    void the_family_list_searches_by_name() {
        signInAsCoach();
        visible(By.id("zoektekst")).sendKeys("verbeek");
        browser.findElement(By.cssSelector("#zoeken button")).click();
        waitFor(driver -> driver.findElement(By.id("aantal")).getText().equals("1 gezin"));
        assertThat(browser.findElement(By.cssSelector("#gezinnen tbody .nk-gezin-link")).getText()).isEqualTo("Gezin Verbeek");
    }

    @Test
    void logging_out_ends_the_session_with_a_dutch_message() {
        signInAsCoach();
        visible(By.id("nk-afmelden")).click();
        waitFor(driver -> driver.getCurrentUrl().endsWith("/login?afgemeld"));
        assertThat(message()).isEqualTo("U bent afgemeld.");

        open("/gezinnen.html");
        waitFor(driver -> driver.getCurrentUrl().endsWith("/login"));
    }

    @Test
    void an_expired_session_asks_to_sign_in_again_and_returns_to_the_page() {
        signInAsCoach();
        expireSession();

        // a script's request finds the session gone and sends the page to the login page
        browser.findElement(By.cssSelector("#zoeken button")).click();
        waitFor(driver -> driver.getCurrentUrl().contains("/login?verlopen"));
        assertThat(message()).isEqualTo("Uw sessie is verlopen. Meld u opnieuw aan.");

        signInAsCoach();
        expireSession();
        open("/gezinnen.html?zoek");
        waitFor(driver -> driver.getCurrentUrl().contains("/login?verlopen"));
        browser.findElement(By.id("username")).sendKeys("coach");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("#aanmelden button[type=submit]")).click();
        waitFor(driver -> driver.getCurrentUrl().contains("/gezinnen.html?zoek"));
        screenshot("sessie-verlopen-terug");
    }

    @Test
    void the_home_page_sends_each_role_to_its_pages() {
        signIn("professional", "demo");
        waitFor(driver -> driver.getCurrentUrl().endsWith("/gezinnen.html"));
        waitFor(driver -> driver.findElement(By.tagName("h1")).getText().equals("Gezinnen van mijn tenten"));
        assertThat(browser.findElement(By.id("nk-rol")).getText()).isEqualTo("beroepskracht");

        signIn("municipality", "demo");
        waitFor(driver -> driver.getCurrentUrl().endsWith("/kaart.html"));
        // the municipality keeps no families: the family list sends it on to its own first page
        open("/gezinnen.html");
        waitFor(driver -> driver.getCurrentUrl().endsWith("/kaart.html"));
        waitForReady();
        assertThat(browser.getTitle()).isEqualTo("Sociale kaart en dekking · Netwerkkaart");
        assertThat(browser.getPageSource()).doesNotContain("Gezinnen van mijn tenten");
    }

    @Test
    void an_unknown_id_shows_only_the_message_and_a_way_back() {
        signInAsCoach();
        var unknown = "00000000-0000-0000-0000-000000000000";
        for (var path : List.of("/netwerk.html?gezin=" + unknown, "/tent.html?sessie=" + unknown, "/dossier.html?gezin=" + unknown,
                "/netwerk.html")) {
            open(path);
            waitForReady();
            assertThat(visible(By.id("melding")).getText()).as(path).isNotBlank().doesNotContain("Exception", "null");
            assertThat(browser.findElement(By.cssSelector(".nk-terug a")).isDisplayed()).as(path).isTrue();
            // nothing else of the page stays: no loader, no control that can do nothing
            List<String> shown = script("""
                    return [...document.querySelectorAll('main button, main select, main input, main textarea')]
                        .filter(e => e.offsetParent !== null).map(e => e.id || e.tagName);""");
            assertThat(shown).as(path).isEmpty();
            assertThat(browser.findElement(By.tagName("main")).getText()).as(path).doesNotContain("Wordt geladen", "wordt geladen");
        }
        screenshot("onbekend-gezin");
    }

    /** What the browser sees when the server forgot its session: a cookie for a session that no longer exists. */
    private void expireSession() {
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.manage().addCookie(new Cookie("JSESSIONID", "VERLOPEN0000000000000000000000", "/"));
    }
}
