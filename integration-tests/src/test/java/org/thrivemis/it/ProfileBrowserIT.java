package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thrivemis.it.support.Browser;
import org.thrivemis.it.support.ProductInBrowser;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;

/**
 * A practitioner, in a real browser against the product jar, records a baseline profile strand by
 * strand with the keyboard only (Tab to each statement's radios, arrow keys to the level, Space,
 * Enter on the buttons) after office staff recorded consent, and sees the working stage. The
 * profile tab and a strand page pass an axe-core audit without serious or critical violations.
 */
class ProfileBrowserIT {
    private static final Pattern FIRST_PUPIL = Pattern.compile("href=\"/pupils/([^\"?/]+)\"");
    @RegisterExtension
    static final ProductInBrowser app = new ProductInBrowser("profile-browser-it", "profiles");

    /** Office staff record parental consent over HTTP, as the consent browser test does by keyboard. */
    private static String pupilWithConsent() {
        WebSession office = new WebSession(app.product().baseUrl()).signIn("office");
        Matcher m = FIRST_PUPIL.matcher(office.get("/pupils").body());
        assertTrue(m.find(), "the pupil list links to a pupil");
        String pupilId = m.group(1);
        String tab = "/pupils/" + pupilId + "?tab=thrive-profile";
        office.get(tab);
        HttpResponse<String> saved = office.postForm(tab, Map.of("decision", "GIVEN", "scopes", "INDIVIDUAL_ASSESSMENT",
                "personName", "Pat Parent", "relationship", "PARENT", "decidedOn-day", "2", "decidedOn-month", "11",
                "decidedOn-year", "2026", "note", ""));
        assertEquals(303, saved.statusCode(), saved.body());
        return pupilId;
    }

    @Test
    void aPractitionerCompletesABaselineProfileWithTheKeyboardOnly() throws Exception {
        String pupilId = pupilWithConsent();
        WebDriver d = app.browser().driver();
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(10));
        app.browser().signIn(app.product().baseUrl(), "practitioner", "/pupils");
        d.get(app.product().baseUrl() + "/pupils/" + pupilId + "?tab=thrive-profile");

        WebElement start = d.findElement(By.xpath("//button[normalize-space(.)='Start a baseline profile']"));
        app.browser().tabTo(start, 80);
        app.browser().type(Keys.ENTER);
        wait.until(x -> x.getCurrentUrl().contains("strand=BEING"));
        Browser.audit(d, "a strand page");

        int page = 0;
        while (!d.getCurrentUrl().contains("step=check")) {
            String strand = d.findElement(By.cssSelector("input[name='strand']")).getAttribute("value");
            List<WebElement> groups = d.findElements(By.cssSelector(".govuk-radios"));
            for (int i = 0; i < groups.size(); i++) {
                WebElement notYet = groups.get(i).findElement(By.cssSelector("input[value='NOT_YET']"));
                app.browser().tabTo(notYet, i == 0 ? 80 : 5);
                // Not yet → Emerging → Secure: one gap (Emerging) in the first statement of Doing
                int steps = "DOING".equals(strand) && i == 0 ? 1 : 2;
                for (int s = 0; s < steps; s++) {
                    app.browser().type(Keys.ARROW_RIGHT);
                }
                app.browser().type(Keys.SPACE);
                String expected = steps == 1 ? "EMERGING" : "SECURE";
                assertEquals(expected, groups.get(i).findElement(By.cssSelector("input:checked")).getAttribute("value"));
            }
            WebElement next = d.findElement(By.cssSelector("button[name='next'][value='continue']"));
            app.browser().tabTo(next, 5);
            String before = d.getCurrentUrl();
            app.browser().type(Keys.ENTER);
            wait.until(x -> !x.getCurrentUrl().equals(before));
            assertTrue(++page <= 6, "more strand pages than strands");
        }
        assertEquals(6, page);

        WebElement complete = d.findElement(By.xpath("//button[normalize-space(.)='Complete profile']"));
        app.browser().tabTo(complete, 120);
        app.browser().type(Keys.ENTER);
        wait.until(x -> x.getPageSource().contains("Profile completed"));
        assertEquals("Doing", d.findElement(By.cssSelector("[data-working-stage]")).getText());

        WebElement back = d.findElement(By.linkText("Back to the Thrive profile"));
        app.browser().tabTo(back, 40);
        app.browser().type(Keys.ENTER);
        wait.until(x -> x.findElements(By.id("profile-history")).size() == 1);
        assertEquals("Doing", d.findElement(By.cssSelector("#profile-stages [data-working-stage]")).getText());
        String history = d.findElement(By.id("profile-history")).getText();
        assertTrue(history.contains("Baseline profile") && history.contains("Completed"), history);
        assertTrue(d.findElement(By.cssSelector("svg[role='img']")).getAttribute("aria-labelledby")
                .contains("strand-chart-desc"));
        assertTrue(d.getPageSource().contains("Sample content"));

        Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(),
                Settings.workDir("profile-browser-it").resolve("thrive-tab-after-profile.png"),
                StandardCopyOption.REPLACE_EXISTING);
        Browser.audit(d, "the Thrive profile tab");
    }
}
