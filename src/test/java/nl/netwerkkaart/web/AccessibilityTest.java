package nl.netwerkkaart.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import nl.netwerkkaart.audit.AuditSealer;
import nl.netwerkkaart.support.BrowserTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA in the browser: axe-core (the axe.min.js that com.deque.html.axe-core:selenium carries, injected into the
 * page) finds no violation at the wcag2a, wcag2aa, wcag21a and wcag21aa levels on any page, for every role that may
 * open it, in its main states, at desktop (1280 × 900) and phone (390 × 844) width; at tablet (768 × 1024) and phone
 * width no page scrolls sideways. A screenshot of each is saved as {@code target/screenshots/<page>-<role>[-<state>]-<width>.png}.
 * The cases are ordered by role so each role signs in once, and all share one browser. That browse of every page as
 * every role runs each page's own GraphQL documents against the demo data, and nothing of it may log a warning
 * (checked last, over the whole class): Neo4j's "label/property does not exist" and similar notifications are logged
 * at WARN, so this also holds every name the pages' queries use to being declared (V080).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityTest extends BrowserTestSupport {

    private static final String VERBEEK = "e681135a-5698-5371-89c4-ccd6dc53e61d";
    private static final String SESSION = "27675380-a480-52f2-9a5b-9a38bbaa9be3";
    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** The axe.min.js that com.deque.html.axe-core:selenium carries, read once. */
    private static final String AXE;

    static {
        try {
            AXE = new EmbeddedResourceAxeProvider().getScript();
        }
        catch (Exception e) {
            throw new IllegalStateException("axe.min.js of com.deque.html.axe-core:selenium not found", e);
        }
    }

    /** Desktop, tablet and phone; axe runs at desktop and phone width, the sideways check at tablet and phone. */
    private static final int[][] WIDTHS = {{1280, 900}, {768, 1024}, {390, 844}};

    /** Who is signed in in the shared browser: null before the first case, "anoniem" for none. */
    private static String signedIn;
    private static long started;
    /** How long each page took from navigation to its first view (ready), in ms; printed at the end. */
    private static final Map<String, Long> READY = new java.util.LinkedHashMap<>();
    /** Time spent in axe and in screenshots over all cases, printed at the end. */
    private static final long[] AXE_NANOS = {0};
    private static final long[] SCREENSHOT_NANOS = {0};
    /** The service's log from the first case on, for {@link #browsing_every_page_as_every_role_logs_no_warning}. */
    private static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();

    @Autowired
    private AuditSealer sealer;

    /** One page in one state for one role: what to open, and what to do there before checking. */
    record Case(String page, String role, String state, String path, Consumer<AccessibilityTest> action) {
        @Override
        public String toString() {
            return page + " · " + role + (state.isEmpty() ? "" : " · " + state);
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("login", "anoniem", "", "/login", t -> { }),
                new Case("login", "anoniem", "fout", "/login?fout", t -> { }),

                new Case("gezinnen", "coach", "", "/gezinnen.html", t -> { }),
                new Case("netwerk", "coach", "", "/netwerk.html?gezin=" + VERBEEK, t -> { }),
                new Case("netwerk", "coach", "hulpvraag", "/netwerk.html?gezin=" + VERBEEK, AccessibilityTest::chooseHelpQuestion),
                new Case("netwerk", "coach", "persoon-en-lijst", "/netwerk.html?gezin=" + VERBEEK, AccessibilityTest::openPersonAndList),
                new Case("netwerk", "coach", "formulieren", "/netwerk.html?gezin=" + VERBEEK, AccessibilityTest::openForms),
                new Case("netwerk", "coach", "onbekend", "/netwerk.html?gezin=" + UNKNOWN, t -> { }),
                new Case("tent", "coach", "", "/tent.html?sessie=" + SESSION, t -> { }),
                new Case("tent", "coach", "onbekend", "/tent.html?sessie=" + UNKNOWN, t -> { }),
                new Case("dossier", "coach", "", "/dossier.html?gezin=" + VERBEEK, t -> { }),
                new Case("kaart", "coach", "geen-toegang", "/kaart.html", t -> { }),
                new Case("gezin", "coach", "", "/gezin.html?gezin=" + VERBEEK, t -> { }),
                new Case("gezin", "coach", "nieuw-veldfout", "/gezin.html", AccessibilityTest::emptyFamilyName),
                new Case("gezin", "coach", "onbekend", "/gezin.html?gezin=" + UNKNOWN, t -> { }),
                new Case("sociale-kaart", "coach", "", "/sociale-kaart.html", t -> { }),

                new Case("gezinnen", "professional", "", "/gezinnen.html", t -> { }),
                new Case("netwerk", "professional", "", "/netwerk.html?gezin=" + VERBEEK, t -> { }),
                new Case("tent", "professional", "", "/tent.html?sessie=" + SESSION, t -> { }),
                new Case("dossier", "professional", "", "/dossier.html?gezin=" + VERBEEK, t -> { }),
                new Case("sociale-kaart", "professional", "", "/sociale-kaart.html", t -> { }),

                new Case("kaart", "municipality", "", "/kaart.html", t -> { }),
                new Case("voorziening", "municipality", "", "/voorziening.html?id=", t -> { }),
                new Case("voorziening", "municipality", "veldfout", "/voorziening.html?id=", AccessibilityTest::fieldError),
                new Case("gezinnen", "municipality", "doorgestuurd", "/gezinnen.html", t -> { }),

                new Case("kaart", "admin", "", "/kaart.html", t -> { }),
                new Case("afgemeld", "admin", "", "/afgemeld.html", t -> { }),
                new Case("aanmelden-mislukt", "admin", "", "/aanmelden-mislukt.html?ontbreekt=rol,gemeente", t -> { }));
    }

    @BeforeAll
    static void startClock() {
        signedIn = null;
        started = System.nanoTime();
        AXE_NANOS[0] = 0;
        SCREENSHOT_NANOS[0] = 0;
        READY.clear();
        LOG.list.clear();
        LOG.start();
        root().addAppender(LOG);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @AfterAll
    static void reportTime() {
        root().detachAppender(LOG);
        System.out.printf("AccessibilityTest: all cases in %.1f s, of which axe %.1f s and screenshots %.1f s%n",
                (System.nanoTime() - started) / 1e9, AXE_NANOS[0] / 1e9, SCREENSHOT_NANOS[0] / 1e9);
        READY.forEach((page, millis) -> System.out.printf("AccessibilityTest: %s ready after %d ms%n", page, millis));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @Order(1)
    void no_wcag_violation_at_desktop_and_phone_width(Case c) {
        var path = c.path().endsWith("?id=") ? c.path() + anyResource() : c.path();
        setViewport(WIDTHS[0][0], WIDTHS[0][1]);
        openAs(c.role(), path);
        waitForReady();
        Number readyMillis = script("""
                const mark = performance.getEntriesByName('nk-ready')[0];
                return mark ? Math.round(mark.startTime - performance.getEntriesByType('navigation')[0].startTime) : -1;""");
        READY.put(c.toString(), readyMillis.longValue());
        c.action().accept(this);
        var name = c.page() + "-" + c.role() + (c.state().isEmpty() ? "" : "-" + c.state());
        // axe runs in the page itself (legacy mode: no extra blank window per run, as its frame-by-frame mode opens);
        // the pages have no frames, which this checks, so nothing goes unchecked
        long frames = script("return document.querySelectorAll('iframe, frame').length");
        assertThat(frames).as("frames on %s", name).isZero();
        // axe into the page once; both of its runs below are in this same page, only resized
        long inject = System.nanoTime();
        script(AXE);
        AXE_NANOS[0] += System.nanoTime() - inject;
        for (int[] size : WIDTHS) {
            // the same page resized, not loaded again
            setViewport(size[0], size[1]);
            waitUntilDrawnForWidth();
            long shot = System.nanoTime();
            screenshot(name + "-" + size[0]);
            SCREENSHOT_NANOS[0] += System.nanoTime() - shot;
            if (size[0] != 768) {
                long axe = System.nanoTime();
                Results results = axe().analyze(browser);
                AXE_NANOS[0] += System.nanoTime() - axe;
                assertThat(results.isErrored()).as("axe ran on %s at %d px: %s", name, size[0], results.getErrorMessage()).isFalse();
                assertThat(describe(results.getViolations())).as("WCAG 2.1 AA violations on %s at %d px", name, size[0]).isEmpty();
            }
            if (size[0] < 1000) {
                long scrollWidth = script("return document.documentElement.scrollWidth");
                long innerWidth = script("return window.innerWidth");
                if (scrollWidth > innerWidth) {
                    // name what sticks out, to see what to fix
                    List<String> wide = script("""
                            return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                                .slice(0, 8).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));""");
                    assertThat(wide).as("%s scrolls sideways at %d px (%d > %d)", name, size[0], scrollWidth, innerWidth).isEmpty();
                }
            }
        }
    }

    /**
     * Every control is reachable with Tab and shows where the focus is: on the network page (the most controls) the
     * first 40 stops of the keyboard each have a visible outline (the stylesheet's :focus-visible).
     */
    @Test
    @Order(2)
    void every_control_is_reachable_by_keyboard_with_a_visible_focus() {
        setViewport(WIDTHS[0][0], WIDTHS[0][1]);
        openAs("coach", "/netwerk.html?gezin=" + VERBEEK);
        waitForReady();
        // start from the top of the page: the brand link in the header
        script("document.querySelector('.nk-brand').focus()");
        var seen = new java.util.LinkedHashSet<String>();
        for (int i = 0; i < 40; i++) {
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            Map<String, Object> focus = script("""
                    const e = document.activeElement;
                    const style = getComputedStyle(e);
                    const box = e.getBoundingClientRect();
                    return {name: e.tagName + (e.id ? '#' + e.id : '') + ' ' + (e.textContent || '').trim().slice(0, 30)
                            + ' (outline ' + style.outlineStyle + ' ' + style.outlineWidth + ', :focus ' + e.matches(':focus') + ')',
                        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
                        shown: box.width > 0 && box.height > 0};""");
            var name = (String) focus.get("name");
            if (name.startsWith("BODY")) {
                // past the last control the focus leaves the page for the browser's own controls
                continue;
            }
            assertThat(focus.get("outline")).as("visible focus on %s", name).isEqualTo(true);
            assertThat(focus.get("shown")).as("%s is on screen", name).isEqualTo(true);
            seen.add(name);
        }
        assertThat(seen).anyMatch(name -> name.startsWith("SELECT#hulpvraag"))
                .anyMatch(name -> name.startsWith("BUTTON#kaart-volledig"))
                .anyMatch(name -> name.startsWith("SUMMARY"));
    }

    /**
     * The browse of every page as every role above (every case; those not run before in this JVM, as when this test
     * runs alone, are run here), GraphiQL with the schema for the roles that use the API, and the audit sealer's run
     * over what the pages read, log no warning: the service's log, not the test's own browser driver's.
     */
    @Test
    @Order(3)
    void browsing_every_page_as_every_role_logs_no_warning() {
        cases().filter(c -> !READY.containsKey(c.toString())).forEach(this::no_wcag_violation_at_desktop_and_phone_width);
        for (var role : List.of("admin", "municipality")) {
            openAs(role, "/graphiql?path=/graphql");
            waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".graphiql-container")));
        }
        // what the pages read is audited; the sealer's run over it belongs to the session too
        sealer.sealPending();

        assertThat(LOG.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .filteredOn(event -> !event.getLoggerName().startsWith("org.openqa.selenium"))
                .extracting(event -> event.getLoggerName() + ": " + event.getFormattedMessage())
                .isEmpty();
    }

    /**
     * After a resize the network map draws itself again for the new panel width (after a short debounce); waits for
     * the page's own mark of the width it drew for instead of a fixed pause. Other pages lay out at once.
     */
    private void waitUntilDrawnForWidth() {
        waitFor(driver -> Boolean.TRUE.equals(script("""
                const panel = document.getElementById('kaart');
                const kaart = window.Netwerkkaart && window.Netwerkkaart.kaart;
                if (!panel || !kaart || !kaart.state || !kaart.state.network) {
                    return true;
                }
                return document.body.dataset.getekendBreedte === String(panel.clientWidth);""")));
    }

    /**
     * axe at the WCAG 2.1 A and AA tags on the page, which already carries axe. Only violations are asked for in full
     * (axe's resultTypes): passes, inapplicable and incomplete rules come back with one node each instead of every
     * element they looked at, so less is sent to the test and read there. Every rule still runs on every element; the
     * builder no longer puts axe into the page itself (twice per run).
     */
    private static AxeBuilder axe() {
        var options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        var builder = new AxeBuilder().withOptions(options).withTags(TAGS).setLegacyMode(true).disableIframeTesting();
        builder.setInjectAxe(driver -> { }, true);
        return builder;
    }

    private static List<String> describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getHelp() + "): " + rule.getNodes().stream()
                .map(node -> Objects.toString(node.getTarget()) + " " + abbreviate(node.getHtml()))
                .collect(Collectors.joining("; "))).toList();
    }

    private static String abbreviate(String html) {
        return html == null || html.length() <= 160 ? html : html.substring(0, 160) + "…";
    }

    /** The exact viewport of a desktop or a phone (the window size of headless chromium includes no chrome). */
    private static void setViewport(int width, int height) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * Opens {@code path} as {@code role} (a demo account, or "anoniem" for none). A role not signed in yet opens the page
     * without a session and signs in on the login page it is sent to, which then returns to the page: the role's own
     * start page, where a sign-in from the login page would land, is not loaded in between.
     */
    private void openAs(String role, String path) {
        if (!role.equals(signedIn)) {
            // leave the previous page first, so none of its scripts runs on without a session
            open("/login");
            browser.manage().deleteAllCookies();
            if (!role.equals("anoniem")) {
                open(path);
                waitFor(ExpectedConditions.elementToBeClickable(By.id("username")));
                browser.findElement(By.id("username")).sendKeys(role);
                browser.findElement(By.id("password")).sendKeys("demo");
                browser.findElement(By.cssSelector("#aanmelden button[type=submit]")).click();
                waitFor(driver -> !java.net.URI.create(driver.getCurrentUrl()).getPath().startsWith("/login"));
                signedIn = role;
                return;
            }
            signedIn = role;
        }
        open(path);
    }

    private String anyResource() {
        return demoAccount("municipality").document("{ communityResources(first: 1) { edges { node { id } } } }").execute()
                .path("communityResources.edges[0].node.id").entity(String.class).get();
    }

    private void chooseHelpQuestion() {
        var select = new Select(browser.findElement(By.id("hulpvraag")));
        select.selectByIndex(1);
        waitFor(driver -> !Objects.toString(script("return document.body.dataset.kandidaten"), "").isEmpty()
                && "klaar".equals(script("return document.body.dataset.status")));
    }

    private void openPersonAndList() {
        script("const cy = Netwerkkaart.kaart.state.cy; cy.nodes('.persoon').first().emit('tap')");
        visible(By.id("persoon-paneel"));
        browser.findElement(By.cssSelector("#netwerk-lijst summary")).click();
        visible(By.id("lijst-personen"));
    }

    private void openForms() {
        for (var summary : browser.findElements(By.cssSelector("#bewerken details summary"))) {
            summary.click();
        }
        visible(By.id("form-relatie"));
    }

    /** The new-family form sent without a name: the API's error stands next to the field. */
    private void emptyFamilyName() {
        browser.findElement(By.id("gezin-opslaan")).click();
        visible(By.cssSelector("#gezin-naam[aria-invalid='true']"));
    }

    private void fieldError() {
        visible(By.id("inhoud"));
        var minimum = browser.findElement(By.id("minimumleeftijd"));
        minimum.clear();
        minimum.sendKeys("12");
        var maximum = browser.findElement(By.id("maximumleeftijd"));
        maximum.clear();
        maximum.sendKeys("4");
        browser.findElement(By.id("opslaan")).click();
        visible(By.id("fout-maximumleeftijd"));
    }
}
