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
 * issue on the list or on the refusal a teacher gets. The trust-wide lead chooses a school with the
 * keyboard alone on the early-warning list (which then names each pupil's school), the host's class
 * list and the impact evaluation, and axe-core passes each filtered page.
 */
class EarlyWarningBrowserIT {
    @RegisterExtension
    static final ProductInBrowser app = new ProductInBrowser("early-warning-browser-it", "profiles");

    @Test
    void aSeniorLeadReadsTheListFromTheAdminAreaAndReachesASuggestionWithTheKeyboard() {
        WebDriver d = app.browser().driver();
        d.manage().deleteAllCookies();
        app.browser().signIn(app.product().baseUrl(), "senior", "/admin");
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
        app.browser().signIn(app.product().baseUrl(), "teacher", "/thrive/early-warning");
        assertEquals("Thrive early warning", d.findElement(By.tagName("h1")).getText());
        assertTrue(d.findElements(By.id("early-warning")).isEmpty());
        assertFalse(d.findElement(By.className("govuk-inset-text")).getText().isBlank());
        app.browser().audit("the early-warning refusal");
    }

    @Test
    void theTrustWideLeadSeesEachPupilsSchoolAndChoosesOneWithTheKeyboard() {
        WebDriver d = app.browser().driver();
        d.manage().deleteAllCookies();
        app.browser().signIn(app.product().baseUrl(), "trust", "/thrive/early-warning");
        List<String> headers = d.findElements(By.cssSelector("#early-warning thead th")).stream()
                .map(WebElement::getText).toList();
        assertEquals("School", headers.get(1), "the school beside the pupil: " + headers);
        List<String> schools = d.findElements(By.cssSelector("#early-warning tbody tr td:nth-of-type(1)")).stream()
                .map(WebElement::getText).distinct().sorted().toList();
        assertEquals(List.of("Elmfield Primary School", "Hawthorn Primary School"), schools);
        app.browser().audit("the trust's early-warning list");

        chooseSchoolWithTheKeyboard(d, "Elmfield Primary School", "Show pupils", "/thrive/early-warning?school=elmfield");
        assertTrue(d.findElement(By.id("warning-count")).getText().endsWith(" at Elmfield Primary School"),
                d.findElement(By.id("warning-count")).getText());
        List<String> only = d.findElements(By.cssSelector("#early-warning tbody tr td:nth-of-type(1)")).stream()
                .map(WebElement::getText).distinct().toList();
        assertEquals(List.of("Elmfield Primary School"), only);
        app.browser().audit("the trust's early-warning list for one school");
    }

    @Test
    void theClassListAndImpactSchoolFiltersWorkWithTheKeyboardAndPassAxe() {
        WebDriver d = app.browser().driver();
        d.manage().deleteAllCookies();
        app.browser().signIn(app.product().baseUrl(), "trust", "/classes");
        app.browser().audit("the trust's class list with its school filter");
        chooseSchoolWithTheKeyboard(d, "Elmfield Primary School", "Show classes", "/classes?school=elmfield");
        List<String> links = d.findElements(By.cssSelector("a[href^='/classes/']")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertFalse(links.isEmpty());
        assertTrue(links.stream().allMatch(h -> h.contains("/classes/elm-")), "only Elmfield's classes: " + links);
        app.browser().audit("the trust's class list for one school");

        d.get(app.product().baseUrl() + "/thrive/impact");
        app.browser().audit("the trust's impact evaluation with its school filter");
        chooseSchoolWithTheKeyboard(d, "Hawthorn Primary School", "Show figures", "/thrive/impact?school=hawthorn");
        List<String> rows = d.findElements(By.cssSelector("#impact-table tbody th")).stream()
                .map(WebElement::getText).toList();
        assertEquals("Hawthorn Primary School", rows.get(0), "the school's row first: " + rows);
        assertTrue(rows.stream().noneMatch(r -> r.contains("Elmfield")), "the figures keep to Hawthorn: " + rows);
        app.browser().audit("the trust's impact evaluation for one school");
    }

    /**
     * Tabs to the School select, picks the school by typing its name (the select stays closed, as a
     * keyboard user works it), tabs to the button and presses Enter.
     */
    private static void chooseSchoolWithTheKeyboard(WebDriver d, String school, String button, String expectedUrlEnd) {
        WebElement select = app.browser().labelled("School");
        app.browser().tabTo(select, 40);
        app.browser().type(school);
        new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> school.equals(
                new org.openqa.selenium.support.ui.Select(select).getFirstSelectedOption().getText()));
        WebElement submit = d.findElement(By.xpath("//button[normalize-space(.)='" + button + "']"));
        app.browser().tabTo(submit, 5);
        app.browser().type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().endsWith(expectedUrlEnd));
        assertEquals(school, new org.openqa.selenium.support.ui.Select(app.browser().labelled("School"))
                .getFirstSelectedOption().getText(), "the page keeps the choice");
    }
}
