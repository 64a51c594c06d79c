package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thrivemis.it.support.ProductInBrowser;

/**
 * A senior lead, in Chromium against the product jar, goes from the admin area to the early-warning
 * list: the count is announced as a status, the table has a caption and a header per row, the first
 * suggestion is reached with the keyboard and names its pupil; axe-core finds no serious or critical
 * issue on the list or on the refusal a teacher gets.
 */
class EarlyWarningBrowserIT {
    @RegisterExtension
    static final ProductInBrowser app = new ProductInBrowser("early-warning-browser-it", "profiles");

    @Test
    void aSeniorLeadReadsTheListFromTheAdminAreaAndReachesASuggestionWithTheKeyboard() {
        WebDriver d = app.browser().driver();
        d.manage().deleteAllCookies();
        signIn(d, "senior", "/admin");
        WebElement link = d.findElement(By.linkText("Thrive early warning"));
        String count = d.findElement(By.id("admin-pages")).getText();
        assertTrue(count.contains("to look at"), count);
        link.click();
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().endsWith("/thrive/early-warning"));

        assertEquals("Thrive early warning", d.findElement(By.tagName("h1")).getText());
        WebElement status = d.findElement(By.id("warning-count"));
        assertEquals("status", status.getAttribute("role"));
        assertTrue(count.contains(status.getText() + " to look at"),
                "the admin area and the page agree: " + count + " / " + status.getText());
        List<WebElement> rows = d.findElements(By.cssSelector("#early-warning tbody tr"));
        assertFalse(rows.isEmpty(), "the sample school has pupils on the list");
        assertEquals("Pupils to look at, largest drop first",
                d.findElement(By.cssSelector("#early-warning caption")).getText());
        app.browser().audit("the early-warning list");

        WebElement first = rows.get(0).findElement(By.tagName("a"));
        String name = rows.get(0).findElement(By.tagName("th")).getText();
        assertEquals("Consider a behaviour profile for " + name, first.getAttribute("textContent"),
                "the link names its pupil for a screen reader");
        app.browser().tabTo(first, 10);
        assertEquals(first, d.switchTo().activeElement());
        app.browser().type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().endsWith("?tab=thrive-profile"));
    }

    @Test
    void aTeacherIsToldWhyTheyCannotSeeTheList() {
        WebDriver d = app.browser().driver();
        d.manage().deleteAllCookies();
        signIn(d, "teacher", "/thrive/early-warning");
        assertEquals("Thrive early warning", d.findElement(By.tagName("h1")).getText());
        assertTrue(d.findElements(By.id("early-warning")).isEmpty());
        assertFalse(d.findElement(By.className("govuk-inset-text")).getText().isBlank());
        app.browser().audit("the early-warning refusal");
    }

    private static void signIn(WebDriver d, String user, String next) {
        d.get(app.product().baseUrl() + "/login?next=" + next);
        app.browser().labelled("Username").sendKeys(user);
        app.browser().labelled("Password").sendKeys("demo", Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().endsWith(next));
    }
}
