package nl.netwerkkaart.ops;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import nl.netwerkkaart.support.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL works without internet: its page names no other host, everything it loads comes from the service (the
 * WebJars in the jar), and in a browser it draws and fetches the schema from the service alone. Only the roles that
 * use the API directly find it in the pages' menu.
 */
class GraphiQlOfflineTest extends BrowserTestSupport {

    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]*)\"");

    @Test
    void the_page_references_only_the_service_and_everything_it_references_loads() {
        var page = http().get().uri("/graphiql?path=/graphql").headers(headers -> headers.setBasicAuth("municipality", "demo"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).doesNotContain("http://", "https://", "//esm.sh", "//unpkg");
        var references = REFERENCE.matcher(page).results().map(match -> match.group(1)).toList();
        assertThat(references).hasSize(4).allSatisfy(reference -> assertThat(reference).startsWith("/").doesNotStartWith("//"));
        for (var reference : references) {
            var body = http().get().uri(reference).headers(headers -> headers.setBasicAuth("municipality", "demo"))
                    .exchange().expectStatus().isOk()
                    .expectHeader().value("Content-Type", type -> assertThat(type).containsAnyOf("javascript", "text/css"))
                    .expectBody(byte[].class).returnResult().getResponseBody();
            assertThat(body).as(reference).hasSizeGreaterThan(10_000);
        }
    }

    @Test
    void in_a_browser_it_draws_and_reads_the_schema_from_the_service_alone() {
        signIn("municipality", "demo");
        waitFor(driver -> driver.getCurrentUrl().endsWith("/kaart.html"));
        var menu = visible(By.cssSelector("nav a[href='/graphiql']"));
        menu.click();

        var slow = new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(100));
        slow.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".graphiql-container")));
        visible(By.cssSelector("button[aria-label='Show Documentation Explorer']")).click();
        slow.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-doc-explorer"), "Query"));
        screenshot("graphiql");

        List<String> loaded = script("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(loaded).as("scripts, styles and the schema request").hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(url -> assertThat(URI.create(url).getHost()).isEqualTo("localhost"))
                .anySatisfy(url -> assertThat(url).endsWith("/graphql"));
    }

    @Test
    void only_the_roles_that_use_the_api_see_it_in_the_menu() {
        signIn("coach", "demo");
        waitFor(driver -> driver.getCurrentUrl().endsWith("/gezinnen.html"));
        visible(By.cssSelector("nav a"));
        assertThat(browser.findElements(By.cssSelector("nav a")).stream().map(WebElement::getText)).doesNotContain("GraphiQL");

        signIn("professional", "demo");
        waitFor(driver -> driver.getCurrentUrl().endsWith("/gezinnen.html"));
        visible(By.cssSelector("nav a"));
        assertThat(browser.findElements(By.cssSelector("nav a")).stream().map(WebElement::getText)).doesNotContain("GraphiQL");

        for (var account : List.of("municipality", "admin")) {
            signIn(account, "demo");
            waitFor(driver -> driver.getCurrentUrl().endsWith("/kaart.html"));
            assertThat(visible(By.cssSelector("nav a[href='/graphiql']")).getText()).isEqualTo("GraphiQL");
        }
    }
}
