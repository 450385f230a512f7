package dev.sparring.system.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One headless Chromium window driven through the machine's chromedriver: both executables are
 * given explicitly, so Selenium Manager never downloads anything. Each browser gets a fresh
 * profile under target/.
 */
final class Browser implements AutoCloseable {

    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String name;
    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    private Browser(String name, ChromeDriver driver, Path profile) {
        this.name = name;
        this.driver = driver;
        this.profile = profile;
        this.wait = waiting();
    }

    /** Skips the calling test where the browser is not installed. */
    static void assumeInstalled() {
        assumeTrue(CHROMEDRIVER.canExecute() && CHROMIUM.canExecute(),
                "browser tests need /usr/bin/chromium and /usr/bin/chromedriver (Debian packages chromium and "
                        + "chromium-driver); .ci/run installs them");
    }

    /** A fresh browser; skips the calling test where Chromium is not installed. */
    static Browser open(String name) {
        assumeInstalled();
        Path profile = Path.of("target", "browser-profiles", name + "-" + UUID.randomUUID()).toAbsolutePath();
        try {
            Files.createDirectories(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,800");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        Browser browser = new Browser(name, new ChromeDriver(service, options), profile);
        browser.resize(1280, 800);
        return browser;
    }

    void get(String url) {
        driver.get(url);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    WebElement clickable(String css) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    }

    void click(String css) {
        wait.until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    void type(String css, String text) {
        WebElement field = clickable(css);
        field.clear();
        field.sendKeys(text);
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    <T> T until(String message, Function<WebDriver, T> condition) {
        return waiting().withMessage(message).until(condition);
    }

    /** Pages re-render parts of themselves as events arrive: an element found a moment ago may be replaced. */
    private WebDriverWait waiting() {
        WebDriverWait waiting = new WebDriverWait(driver, WAIT);
        waiting.ignoring(StaleElementReferenceException.class);
        return waiting;
    }

    void awaitText(String css, String text) {
        until("'" + text + "' in " + css + " of the " + name + "'s page",
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    void awaitAttribute(String css, String attribute, String value) {
        until(attribute + "=" + value + " on " + css + " of the " + name + "'s page",
                ExpectedConditions.attributeToBe(By.cssSelector(css), attribute, value));
    }

    void awaitConnected() {
        awaitAttribute("#connection", "data-status", "connected");
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    boolean alertShown() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    /** Emulates losing the network (DevTools network conditions), or gets it back. */
    void offline(boolean offline) {
        if (offline) {
            ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
            conditions.setOffline(true);
            conditions.setLatency(Duration.ZERO);
            conditions.setDownloadThroughput(0);
            conditions.setUploadThroughput(0);
            driver.setNetworkConditions(conditions);
        } else {
            driver.deleteNetworkConditions();
        }
    }

    /** Makes the page's viewport exactly this size (the window itself has some chrome around it). */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(Math.max(width, 500), height + 200));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Renders the page as for printing (its @media print rules), or back for the screen. */
    void emulatePrint(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    /** Whether the page scrolls sideways; it must not, at any width. */
    boolean scrollsHorizontally() {
        return (Boolean) script("return document.scrollingElement.scrollWidth > window.innerWidth;");
    }

    /** The browser console's SEVERE entries since the last call. */
    List<LogEntry> severeLogEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }

    /** A screenshot of the top of the page. */
    Path screenshot(String file) {
        script("window.scrollTo(0, 0);");
        return screenshotHere(file);
    }

    /** A screenshot of what the viewport shows now. */
    Path screenshotHere(String file) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(file + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For a failing test: a screenshot and the console, to see what the page showed. */
    void diagnose() {
        try {
            screenshot("failure-" + name);
            driver.manage().logs().get(LogType.BROWSER).getAll()
                    .forEach(entry -> System.out.println("[" + name + " console] " + entry));
        } catch (RuntimeException e) {
            System.out.println("[" + name + "] no diagnostics: " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        // the profile is some megabytes of caches; nothing in it is worth keeping
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // left in target/, which the next clean removes
        }
    }

    /** With -Dsparring.screenshots.docs=true, refreshes the README's screenshots in docs/screenshots. */
    static void copyToDocs(String... names) throws java.io.IOException {
        if (!Boolean.getBoolean("sparring.screenshots.docs")) {
            return;
        }
        Path docs = Path.of("..", "docs", "screenshots");
        java.nio.file.Files.createDirectories(docs);
        for (String name : names) {
            java.nio.file.Files.copy(SCREENSHOTS.resolve(name + ".png"), docs.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
