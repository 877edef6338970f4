package io.minicrm.adapter.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium against the service under test. The driver and browser are the ones on
 * the PATH (installed by {@code .ci/run}), so nothing is downloaded; each instance has its own empty profile.
 */
public final class Browser implements AutoCloseable {

    /** Where the screenshots README shows are written: the repository's {@code docs/screenshots}. */
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final URI base;

    public Browser(URI base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions()
                .setBinary(installed("chromium"))
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-quic",
                        "--no-first-run",
                        "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(installed("chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    /** The program on the PATH or in /usr/bin; fails naming the Debian packages when it is missing. */
    private static String installed(String program) {
        return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":")), Stream.of("/usr/bin"))
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Path::toString)
                .orElseThrow(() -> new IllegalStateException(program + " is not installed; the web app's browser tests "
                        + "drive Debian's Chromium. Install the packages chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver), as .ci/run does."));
    }

    /**
     * Loads the page and, when it has live parts, waits until each has read its figures again on opening its event
     * stream (crm.js marks them {@code data-live="open"}), so that nothing a test reads is about to be replaced.
     */
    public Browser open(String path) {
        driver.get(base.resolve(path).toString());
        waitFor(d -> d.findElements(By.cssSelector("[sse-connect]:not([data-live=open])"))
                        .isEmpty()
                ? true
                : null);
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebElement find(By by) {
        return waitFor(d -> d.findElement(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        // htmx replaces what it refreshes, so an element found a moment ago may be gone: look again.
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Waits until the element's text contains {@code expected}, as live updates take their time. */
    public void waitForText(By by, String expected) {
        waitFor(d -> d.findElement(by).getText().contains(expected) ? true : null);
    }

    /** Checks the page with axe-core: no violation a screen-reader or keyboard user would be stopped by. */
    public void assertAccessible() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<String> blocking = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
        assertThat(blocking)
                .as("serious or critical accessibility violations on " + driver.getCurrentUrl())
                .isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }

    /** Saves what the page shows as {@code docs/screenshots/<name>.png}, at the desktop and at a phone's width. */
    public void screenshot(String name) {
        screenshot(name, () -> {});
    }

    /** As {@link #screenshot(String)}, with the element scrolled into view at each width. */
    public void screenshot(String name, By shown) {
        screenshot(name, () -> driver.executeScript("arguments[0].scrollIntoView()", driver.findElement(shown)));
    }

    private void screenshot(String name, Runnable show) {
        show.run();
        save(name);
        Dimension desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            show.run();
            save(name + "-phone");
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    private void save(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
