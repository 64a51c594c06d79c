package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thrivemis.it.support.Browser;
import org.thrivemis.it.support.ProductInBrowser;
import org.thrivemis.it.support.WebSession;

/**
 * An admin, in a real browser with the keyboard only, finds a pupil on the Data protection page,
 * fills in the erasure request, confirms it on the page that names the pupil, and sees it done; then
 * opens the retention dry run. Every page passes an axe-core audit without serious or critical
 * violations, the form with its error summary included.
 */
class DataProtectionBrowserIT {
    private static final Pattern FIRST_PUPIL = Pattern.compile("href=\"/pupils/([^\"?/]+)\"");
    @RegisterExtension
    static final ProductInBrowser app = new ProductInBrowser("dataprotection-browser-it", "profiles");

    @Test
    void anAdminErasesAPupilWithTheKeyboardOnly() {
        Matcher m = FIRST_PUPIL.matcher(new WebSession(app.product().baseUrl()).signIn("admin").get("/pupils").body());
        assertTrue(m.find(), "the pupil list links to a pupil");
        String pupilId = m.group(1);
        WebDriver d = app.browser().driver();
        // generous: the machine is shared with other builds
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(30));
        app.browser().signIn(app.product().baseUrl(), "admin", "/pupils");
        d.get(app.product().baseUrl() + "/thrive/data-protection");

        app.browser().tabTo(app.browser().labelled("Pupil ID"), 20);
        app.browser().type(pupilId, Keys.ENTER);
        wait.until(x -> x.findElements(By.id("pupil-heading")).size() == 1);
        String name = d.findElement(By.id("pupil-heading")).getText();
        Browser.audit(d, "the data protection page with a pupil");

        // continue without a date first: the error summary must pass the audit too
        app.browser().tabTo(app.browser().labelled("Reference of the documented request"), 30);
        app.browser().type("DPO-BR-1");
        app.browser().tabTo(d.findElement(By.id("requester-PARENT_OR_CARER")), 5);
        app.browser().type(Keys.SPACE);
        // Tab enters a radio group once, on its first radio; the arrow keys move to (and select) the next
        app.browser().tabTo(d.findElement(By.id("ground-NO_LONGER_NECESSARY")), 5);
        app.browser().type(Keys.ARROW_DOWN);
        assertTrue(d.findElement(By.id("ground-CONSENT_WITHDRAWN")).isSelected());
        app.browser().tabTo(d.findElement(By.xpath("//button[normalize-space(.)='Continue to confirm erasure']")), 10);
        app.browser().type(Keys.ENTER);
        wait.until(x -> x.findElements(By.cssSelector(".govuk-error-summary")).size() == 1);
        assertTrue(d.getTitle().startsWith("Error:"), d.getTitle());
        Browser.audit(d, "the erasure form with an error");

        app.browser().tabTo(app.browser().labelled("Day"), 40);
        app.browser().type("2");
        app.browser().tabTo(app.browser().labelled("Month"), 2);
        app.browser().type("11");
        app.browser().tabTo(app.browser().labelled("Year"), 2);
        app.browser().type("2026");
        app.browser().tabTo(d.findElement(By.xpath("//button[normalize-space(.)='Continue to confirm erasure']")), 5);
        app.browser().type(Keys.ENTER);
        wait.until(x -> x.getTitle().startsWith("Confirm erasure"));
        assertEquals("Erase all Thrive data of " + name + "?", d.findElement(By.tagName("h1")).getText());
        Browser.audit(d, "the erasure confirmation");

        app.browser().tabTo(app.browser().labelled("To confirm, type the request reference again"), 20);
        app.browser().type("DPO-BR-1");
        app.browser().tabTo(d.findElement(By.xpath("//button[contains(normalize-space(.), 'Erase the Thrive data of')]")), 3);
        app.browser().type(Keys.ENTER);
        wait.until(x -> x.getTitle().startsWith("Erasure done"));
        assertTrue(d.findElement(By.cssSelector(".govuk-panel__body")).getText().contains("DPO-BR-1"));
        Browser.audit(d, "the erasure result");

        d.get(app.product().baseUrl() + "/thrive/data-protection/retention");
        assertTrue(d.getPageSource().contains("This is a dry run"));
        Browser.audit(d, "the retention dry run");
        d.get(app.product().baseUrl() + "/thrive/data-protection/subject-access?pupil=" + pupilId);
        Browser.audit(d, "the printable subject access record");
    }
}
