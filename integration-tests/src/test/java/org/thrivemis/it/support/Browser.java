package org.thrivemis.it.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, and keyboard-only moves: Tab until an element has
 * focus (proving it is reachable in the focus order), then type or press keys.
 */
public final class Browser implements AutoCloseable {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    /** Starts Chromium; fails (never skips) with how to install it when it is missing. */
    public static Browser start(Path profileDir) throws Exception {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new AssertionError("Browser tests need Debian's Chromium and ChromeDriver at " + CHROMIUM + " and " + DRIVER
                    + ": install them with `apt-get install -y chromium chromium-driver` (the README's test command does this)");
        }
        Files.createDirectories(profileDir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory(profileDir, "chromium-"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver);
    }

    public WebDriver driver() {
        return driver;
    }

    /** The form control labelled with this text (fails if there is no such label). */
    public WebElement labelled(String labelText) {
        WebElement label = driver.findElement(By.xpath("//label[normalize-space(.)=" + xpathLiteral(labelText) + "]"));
        String id = label.getAttribute("for");
        if (id == null || id.isBlank()) {
            throw new AssertionError("label '" + labelText + "' is not bound to a control with for=");
        }
        return driver.findElement(By.id(id));
    }

    /**
     * Signs in with the sample school's password through the login form and waits until the page
     * after it ({@code next}, a path on the product) has loaded. The wait is on the path itself:
     * the login page's own address ends with {@code ?next=...}, so "the address ends with next"
     * would pass before the form was even submitted.
     */
    public void signIn(String baseUrl, String user, String next) {
        driver.get(baseUrl + "/login?next=" + next);
        labelled("Username").sendKeys(user);
        labelled("Password").sendKeys("demo", Keys.ENTER);
        String landing = baseUrl + next;
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> user + " signed in and expected " + landing
                + " but the browser is at " + driver.getCurrentUrl()).until(d -> landing.equals(d.getCurrentUrl())
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Presses Tab until the element has focus; fails if it is not reached within the limit. */
    public void tabTo(WebElement target, int maxTabs) {
        for (int i = 0; i < maxTabs; i++) {
            if (target.equals(driver.switchTo().activeElement())) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        if (!target.equals(driver.switchTo().activeElement())) {
            throw new AssertionError("could not reach " + describe(target) + " with " + maxTabs + " presses of Tab");
        }
    }

    /** Types into whatever has focus. */
    public void type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private static String describe(WebElement e) {
        return "<" + e.getTagName() + " id=" + e.getAttribute("id") + " name=" + e.getAttribute("name") + ">";
    }

    private static String xpathLiteral(String s) {
        return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
    }

    /**
     * Runs axe-core inside the page shown now (WCAG 2.0/2.1 A and AA rules) and fails on any
     * serious or critical violation, naming each rule and how many elements break it.
     */
    public void audit(String what) {
        audit(driver, what);
    }

    /** {@link #audit(String)} for a page in any driver. */
    public static void audit(WebDriver driver, String what) {
        Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        List<String> serious = axe.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " (" + v.getNodes().size() + " elements)").toList();
        if (!serious.isEmpty()) {
            throw new AssertionError("axe-core serious/critical violations on " + what + ": " + serious);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
