package nl.netwerkkaart.security;

import nl.netwerkkaart.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The login page after too many failed attempts, in a real browser, with the default limit of 5 per account. */
class LoginThrottlePageTest extends BrowserTestSupport {

    @Test
    void the_login_page_says_in_dutch_how_long_to_wait_after_too_many_failed_attempts() {
        // a user name no other test uses, so the accounts they sign in with stay open
        var username = "gezinscoach-" + System.nanoTime();
        for (int i = 0; i < 4; i++) {
            signIn(username, "geraden-" + i);
            assertThat(browser.getCurrentUrl()).endsWith("/login?fout");
        }

        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("geraden-4");
        browser.findElement(By.cssSelector("#aanmelden button[type=submit]")).click();
        waitFor(driver -> driver.getCurrentUrl().endsWith("/login?teveel=15"));
        assertThat(visible(By.id("melding")).getText())
                .isEqualTo("Te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.");
        assertThat(browser.findElement(By.id("melding")).getAttribute("class")).contains("nk-melding-fout");
        screenshot("login-teveel");
    }
}
