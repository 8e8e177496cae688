package nl.netwerkkaart.ops;

import java.time.Duration;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import nl.netwerkkaart.audit.AuditSealer;
import nl.netwerkkaart.support.BrowserTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browse of every page, as every role, in a real browser, runs each page's own GraphQL documents against the demo
 * data; nothing of it may log a warning. Neo4j's "label/property does not exist" and similar notifications are
 * logged at WARN, so this also holds every name the pages' queries use to being declared (V080).
 */
class QuietLogTest extends BrowserTestSupport {

    private static final String VERBEEK = "e681135a-5698-5371-89c4-ccd6dc53e61d";
    private static final String VERBEEK_TENT = "27675380-a480-52f2-9a5b-9a38bbaa9be3";

    @Autowired
    private AuditSealer sealer;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    private Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @BeforeEach
    void captureLog() {
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        root().detachAppender(log);
    }

    /**
     * Opens the page (or stays on the one the sign-in led to, for a null path) and waits until it has loaded. On the
     * cold test JVM of a loaded machine a page's first query can pass the GraphQL timeout; such a page is opened again,
     * as its user would, up to three times.
     */
    private void load(String path, String loadedSelector) {
        var url = path == null ? browser.getCurrentUrl() : null;
        for (int attempt = 1; ; attempt++) {
            if (path != null) {
                open(path);
            }
            else if (attempt > 1) {
                browser.get(url);
            }
            new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(100)).until(driver ->
                    !driver.findElements(By.cssSelector(loadedSelector)).isEmpty() || timedOut());
            if (!timedOut() || attempt == 3) {
                assertThat(browser.findElements(By.cssSelector(loadedSelector))).as(loadedSelector).isNotEmpty();
                return;
            }
        }
    }

    private boolean timedOut() {
        return browser.findElements(By.cssSelector(".nk-melding-fout")).stream()
                .anyMatch(message -> message.getText().contains("te veel tijd"));
    }

    @Test
    void browsing_every_page_as_every_role_logs_no_warning() {
        signIn("coach", "demo");
        waitFor(driver -> driver.getCurrentUrl().endsWith("/gezinnen.html"));
        load(null, "#gezinnen tbody tr");
        load("/netwerk.html?gezin=" + VERBEEK, "body[data-status='klaar']");
        load("/tent.html?sessie=" + VERBEEK_TENT, "body[data-geladen='ja']");
        load("/dossier.html?gezin=" + VERBEEK, "body[data-geladen='ja']");

        signIn("professional", "demo");
        waitFor(driver -> driver.getCurrentUrl().endsWith("/gezinnen.html"));
        load(null, "#gezinnen tbody tr");
        load("/tent.html?sessie=" + VERBEEK_TENT, "body[data-geladen='ja']");

        for (var account : List.of("municipality", "admin")) {
            signIn(account, "demo");
            waitFor(driver -> driver.getCurrentUrl().endsWith("/kaart.html"));
            load(null, "#kaart[data-voorzieningen]");
            load(null, "#inhoud[data-dekking='ja'][data-stroom='ja']");
            load("/graphiql?path=/graphql", ".graphiql-container");
        }
        var resource = demoAccount("municipality").document("{ communityResources(first: 1) { edges { node { id } } } }").execute()
                .path("communityResources.edges[0].node.id").entity(String.class).get();
        load("/voorziening.html?id=" + resource, "#controle-status[data-verouderd]");
        // what the pages read is audited; the sealer's run over it belongs to the session too
        sealer.sealPending();

        // the service's log, not the test's own browser driver's
        assertThat(log.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .filteredOn(event -> !event.getLoggerName().startsWith("org.openqa.selenium"))
                .extracting(event -> event.getLoggerName() + ": " + event.getFormattedMessage())
                .isEmpty();
    }
}
