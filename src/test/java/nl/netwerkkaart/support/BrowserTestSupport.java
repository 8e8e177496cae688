package nl.netwerkkaart.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests of the web pages: Debian's chromium, driven by Debian's chromedriver, headless, against the running
 * service of {@link GraphQlTestSupport}. One browser for all of them, made as new for each test class. Both programs
 * are given by path, so Selenium Manager never runs and nothing is downloaded; when they are missing they are installed
 * with apt-get (CI runs as root on a clean machine), and the tests fail with the command to run when that is impossible.
 */
public abstract class BrowserTestSupport extends GraphQlTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final int WIDTH = 1500;
    private static final int HEIGHT = 1100;

    protected static WebDriver browser;
    /** The origins the browser opened pages of since it was last made as new. */
    private static final Set<String> ORIGINS = new LinkedHashSet<>();
    /** The demo account the browser is signed in as (set by {@link #signIn}), null when unknown or none. */
    private static String signedInAs;
    private static ChromeDriverService driverService;
    private static Path profile;

    /** What the browser showed when a test failed, next to the screenshots, to see why. */
    @RegisterExtension
    static final TestWatcher SCREENSHOT_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null && context.getTestInstance().orElse(null) instanceof BrowserTestSupport test) {
                var name = "FOUT-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
                test.screenshot(name);
                try {
                    Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getCurrentUrl() + "\n" + browser.getPageSource());
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    };

    @LocalServerPort
    private int port;

    /**
     * One browser for the whole test JVM, started by the first browser test class; each class starts from a browser
     * as good as new: no cookies, no storage of any page it opened, no emulated screen or media, the first window at
     * its first size. Starting chromium and chromedriver anew for each class cost about a second each time, and the
     * first page of every class then met an empty cache.
     */
    @BeforeAll
    static void startBrowser() throws IOException {
        if (browser == null) {
            installChromium();
            profile = Files.createTempDirectory("netwerkkaart-chromium");
            driverService = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=" + WIDTH + "," + HEIGHT, "--lang=nl-NL",
                    "--user-data-dir=" + profile.toAbsolutePath());
            browser = new ChromeDriver(driverService, options);
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserTestSupport::quitBrowser, "browser-quit"));
        }
        else {
            asNew();
        }
        signedInAs = null;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** Leaves the last page, so nothing of it runs on (no script asks the service anything) while other tests do. */
    @AfterAll
    static void leaveBrowser() {
        if (browser != null) {
            browser.get("about:blank");
        }
    }

    /** What a previous class may have left: other windows, cookies, the storage of the pages it opened, emulation. */
    private static void asNew() {
        var first = browser.getWindowHandles().iterator().next();
        for (var handle : browser.getWindowHandles()) {
            if (!handle.equals(first)) {
                browser.switchTo().window(handle).close();
            }
        }
        browser.switchTo().window(first);
        browser.get("about:blank");
        var chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        for (var origin : ORIGINS) {
            chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        }
        ORIGINS.clear();
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    }

    private static synchronized void quitBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (driverService != null) {
            driverService.stop();
            driverService = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
            catch (IOException e) {
                // a temporary folder left behind
            }
            profile = null;
        }
    }

    /** Installs Debian's chromium and chromium-driver when either is missing; once per JVM. */
    private static synchronized void installChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        var log = new StringBuilder();
        boolean installed = run(log, "apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver")
                || (run(log, "apt-get", "update") && run(log, "apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver"));
        if (!installed || !Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromedriver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ". Installing them failed; install them as root with\n"
                    + "    apt-get update && apt-get install -y chromium chromium-driver\n"
                    + "and run the tests again. apt-get said:\n" + log);
        }
    }

    private static boolean run(StringBuilder log, String... command) {
        try {
            var builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            var process = builder.start();
            process.getOutputStream().close();
            var output = new String(process.getInputStream().readAllBytes());
            int exit = process.waitFor();
            log.append("$ ").append(String.join(" ", command)).append(" (exit ").append(exit).append(")\n")
                    .append(tail(output)).append('\n');
            return exit == 0;
        }
        catch (IOException e) {
            log.append("$ ").append(String.join(" ", command)).append(": ").append(e.getMessage()).append('\n');
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String tail(String output) {
        return output.length() <= 2000 ? output : "..." + output.substring(output.length() - 2000);
    }

    /** Opens a page of the service, e.g. {@code /gezinnen.html}. */
    protected void open(String path) {
        ORIGINS.add("http://localhost:" + port);
        browser.get("http://localhost:" + port + path);
    }

    /**
     * Makes sure the browser is signed in as this demo account (password demo): signs in through the login page only
     * when it is not already, so the tests of a class share one signed-in browser per role. Tests that sign out, let
     * the session expire or sign in with a wrong password use {@link #signIn} itself.
     */
    protected void signedIn(String username) {
        if (!username.equals(signedInAs)) {
            signIn(username, "demo");
        }
    }

    /** Signs in through the login page as one of the demo accounts, starting from a browser without a session. */
    protected void signIn(String username, String password) {
        signedInAs = null;
        // leave the previous page first: its scripts, finding the session gone, would send it to the login page,
        // and the login that follows would return there instead of to the start page
        open("/login");
        browser.manage().deleteAllCookies();
        open("/login");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("#aanmelden button[type=submit]")).click();
        // past the login, and past the start page, which sends each role on to its own page once it knows the role
        waitFor(driver -> driver.getCurrentUrl().matches(".*[?&](fout|teveel).*") || !landing(driver.getCurrentUrl()));
        // the address changes before the page after the login has loaded; a test opening its page before that has
        // seen the late navigation to the home page win
        waitFor(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        if ("demo".equals(password) && !URI.create(browser.getCurrentUrl()).getPath().startsWith("/login")) {
            signedInAs = username;
        }
    }

    private static boolean landing(String url) {
        var path = URI.create(url).getPath();
        return path.startsWith("/login") || path.equals("/") || path.endsWith("/index.html");
    }

    /** Waits up to 30 seconds (CI shares two cores) for the condition to hold and returns its value. */
    protected <T> T waitFor(Function<? super WebDriver, T> condition) {
        // a timeout names the page the browser was on, which is most of what a failed wait on CI can tell
        // polled every 100 ms rather than Selenium's 500: a browser test waits dozens of times, each for what is
        // usually there within a moment
        return new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100))
                .withMessage(() -> "on " + browser.getCurrentUrl())
                .until(condition);
    }

    /**
     * Waits until the page shows its first view: every page sets {@code data-ready} on its body when what it loaded
     * first is shown, or an error took its place (lib/layout.js ready()).
     */
    protected void waitForReady() {
        waitFor(driver -> "true".equals(((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && document.body ? (document.body.dataset.ready || '') : ''")));
    }

    /** Opens a page of the service and waits until it is ready. */
    protected void openReady(String path) {
        open(path);
        waitForReady();
    }

    /** Waits for the element to be visible and returns it. */
    protected WebElement visible(By by) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Runs JavaScript in the page; {@code arguments[0]} and so on are the arguments. */
    @SuppressWarnings("unchecked")
    protected <T> T script(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Runs asynchronous JavaScript: the script calls {@code arguments[arguments.length - 1]} with its result. */
    @SuppressWarnings("unchecked")
    protected <T> T asyncScript(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) browser).executeAsyncScript(script, arguments);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var file = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
            return Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
