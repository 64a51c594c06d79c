package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thrivemis.it.support.ProductInBrowser;

/**
 * An admin, in Chromium against the product jar, changes a setting in the host's configuration
 * console with the keyboard only: a bad value is refused with an error summary that names it, the
 * corrected value is saved; axe-core finds no serious or critical issue on the list or the form.
 */
class ConfigurationConsoleBrowserIT {
    @RegisterExtension
    static final ProductInBrowser app = new ProductInBrowser("console-browser-it", "profiles");

    @Test
    void anAdminChangesASettingWithTheKeyboardOnly() {
        WebDriver d = app.browser().driver();
        app.browser().signIn(app.product().baseUrl(), "admin", "/admin");

        app.browser().tabTo(d.findElement(By.id("configuration-link")), 40);
        app.browser().type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().endsWith("/admin/configuration"));
        app.browser().audit("the configuration list");

        WebElement host = d.findElement(By.xpath("//tr[@data-pid='org.thrivemis.host.reference']//a"));
        app.browser().tabTo(host, 80);
        app.browser().type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.findElement(By.tagName("h1")).getText().equals("Reference MIS"));

        WebElement timeout = app.browser().labelled("Session timeout (minutes)");
        app.browser().tabTo(timeout, 20);
        assertEquals("30", timeout.getAttribute("value"));
        app.browser().type(Keys.END, Keys.BACK_SPACE, Keys.BACK_SPACE, "half an hour");
        app.browser().tabTo(d.findElement(By.xpath("//button[normalize-space(.)='Save']")), 30);
        app.browser().type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getPageSource().contains("There is a problem"));
        String summary = d.findElement(By.className("govuk-error-summary")).getText();
        assertTrue(summary.contains("Nothing was saved") && summary.contains("\"half an hour\" is not a whole number"), summary);
        app.browser().audit("the form with an error");

        WebElement again = app.browser().labelled("Session timeout (minutes)");
        app.browser().tabTo(again, 30);
        app.browser().type(Keys.END);
        for (int i = 0; i < "half an hour".length(); i++) {
            app.browser().type(Keys.BACK_SPACE);
        }
        app.browser().type("45");
        app.browser().tabTo(d.findElement(By.xpath("//button[normalize-space(.)='Save']")), 30);
        app.browser().type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getPageSource().contains("Configuration org.thrivemis.host.reference saved"));

        d.get(app.product().baseUrl() + "/admin/configuration/edit?pid=org.thrivemis.host.reference");
        assertEquals("45", app.browser().labelled("Session timeout (minutes)").getAttribute("value"));
    }
}
