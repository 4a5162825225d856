package dev.wharf.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives Debian's headless Chromium through the console as a floor worker would: scans are
 * keystrokes followed by Enter. Every wait is on a condition (the next page replaced the last,
 * an element shows); a screenshot of each page goes to {@code target/console-screenshots/}.
 */
abstract class BrowserTest extends ConsoleTest {

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    protected static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        profile = Files.createTempDirectory("wharf-chromium-");
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void freshBrowser() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/console/login"));
        browser.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(browser, PATIENCE);
    }

    protected void open(String path) {
        replacing(() -> browser.get(url(path)));
    }

    /** Runs an action that loads a new page and waits until that page has replaced the current one. */
    protected void replacing(Runnable action) {
        // The page shown now is marked; the next page's document carries no mark. (Waiting for the old
        // <html> element to go stale races in Chromium: the check itself can fail with an inspector error.)
        browser.executeScript("document.documentElement.dataset.replaced = 'pending'");
        action.run();
        waiting().until(d -> {
            try {
                return ((JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && !document.documentElement.dataset.replaced");
            } catch (org.openqa.selenium.WebDriverException navigating) {
                return false;
            }
        });
    }

    /** Logs in through the form, as a person types. */
    protected void logIn(Account account) {
        open("/console/login");
        browser.findElement(By.id("username")).sendKeys(account.username());
        replacing(() -> browser.findElement(By.id("password")).sendKeys(account.password() + Keys.ENTER));
        assertThat(java.net.URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/console");
    }

    /** Types a scan into the focused field and presses Enter, as a keyboard-wedge scanner does. */
    protected void scan(String code) {
        var focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("data-scan")).as("the scan field has the focus").isNotNull();
        replacing(() -> focused.sendKeys(code + Keys.ENTER));
    }

    /** Types into a field and presses Enter. */
    protected void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    protected void typeAndEnter(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        replacing(() -> field.sendKeys(text + Keys.ENTER));
    }

    protected void click(String id) {
        replacing(() -> browser.findElement(By.id(id)).click());
    }

    protected WebElement banner() {
        return browser.findElement(By.id("banner"));
    }

    protected void assertGreen(String... texts) {
        assertThat(banner().getAttribute("class")).as(banner().getText()).contains("ok");
        assertThat(banner().getText()).contains(texts);
    }

    protected void assertRed(String... texts) {
        assertThat(banner().getAttribute("class")).as(banner().getText()).contains("refused");
        assertThat(banner().getText()).contains(texts);
    }

    protected String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** Saves what the browser shows now as target/console-screenshots/{name}.png. */
    protected void screenshot(String name) {
        try {
            var png = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
