package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thrivemis.it.support.Browser;
import org.thrivemis.it.support.ProductProcess;
import org.thrivemis.it.support.Settings;

/**
 * An admin, in Chromium against the product jar, changes a setting in the host's configuration
 * console with the keyboard only: a bad value is refused with an error summary that names it, the
 * corrected value is saved; axe-core finds no serious or critical issue on the list or the form.
 */
class ConfigurationConsoleBrowserIT {
    private static ProductProcess product;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Path work = Settings.workDir("console-browser-it");
        product = ProductProcess.start(work, work.resolve("data-" + System.nanoTime()));
        browser = Browser.start(work.resolve("profiles"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (product != null) {
            product.close();
        }
    }

    @Test
    void anAdminChangesASettingWithTheKeyboardOnly() {
        WebDriver d = browser.driver();
        d.get(product.baseUrl() + "/login?next=/admin");
        browser.labelled("Username").sendKeys("admin");
        browser.labelled("Password").sendKeys("demo", Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().endsWith("/admin"));

        browser.tabTo(d.findElement(By.id("configuration-link")), 40);
        browser.type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().endsWith("/admin/configuration"));
        browser.audit("the configuration list");

        WebElement host = d.findElement(By.xpath("//tr[@data-pid='org.thrivemis.host.reference']//a"));
        browser.tabTo(host, 80);
        browser.type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.findElement(By.tagName("h1")).getText().equals("Reference MIS"));

        WebElement timeout = browser.labelled("Session timeout (minutes)");
        browser.tabTo(timeout, 20);
        assertEquals("30", timeout.getAttribute("value"));
        browser.type(Keys.END, Keys.BACK_SPACE, Keys.BACK_SPACE, "half an hour");
        browser.tabTo(d.findElement(By.xpath("//button[normalize-space(.)='Save']")), 30);
        browser.type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getPageSource().contains("There is a problem"));
        String summary = d.findElement(By.className("govuk-error-summary")).getText();
        assertTrue(summary.contains("Nothing was saved") && summary.contains("\"half an hour\" is not a whole number"), summary);
        browser.audit("the form with an error");

        WebElement again = browser.labelled("Session timeout (minutes)");
        browser.tabTo(again, 30);
        browser.type(Keys.END);
        for (int i = 0; i < "half an hour".length(); i++) {
            browser.type(Keys.BACK_SPACE);
        }
        browser.type("45");
        browser.tabTo(d.findElement(By.xpath("//button[normalize-space(.)='Save']")), 30);
        browser.type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getPageSource().contains("Configuration org.thrivemis.host.reference saved"));

        d.get(product.baseUrl() + "/admin/configuration/edit?pid=org.thrivemis.host.reference");
        assertEquals("45", browser.labelled("Session timeout (minutes)").getAttribute("value"));
    }
}
