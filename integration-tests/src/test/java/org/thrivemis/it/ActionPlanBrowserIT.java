package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * A Thrive practitioner, in a real browser against the product jar, makes an action plan from a
 * completed assessment, activates it and records a review that starts a behaviour profile, then follows
 * the review's link to that draft on the Thrive tab, using only the keyboard; axe-core audits
 * the plan form, the Action plan tab, the review form and the printable home sheet. Consent and the
 * assessment are set up through the JSON API first.
 */
class ActionPlanBrowserIT {
    private static final String PUPIL = "P0002";
    private static final List<String> STRANDS = List.of("being", "doing", "thinking", "power", "skills", "inter");

    @RegisterExtension
    static final ProductInBrowser app = new ProductInBrowser("plan-browser-it", "profiles");

    /** Consent for both scopes, and a completed baseline with gaps in Being and Doing, through the API. */
    private static void givenConsentAndACompletedAssessment() {
        WebSession api = new WebSession(app.product().baseUrl()).signIn("practitioner");
        api.get("/pupils/" + PUPIL + "?tab=thrive-profile"); // a page with a form: picks up the CSRF token
        String yesterday = LocalDate.now().minusDays(1).toString();
        expect(201, api.postJson("/api/v1/pupils/" + PUPIL + "/consents", "{\"decision\":\"GIVEN\","
                + "\"scopes\":[\"INDIVIDUAL_ASSESSMENT\",\"ACTION_PLAN\"],\"personName\":\"Jo Parent\","
                + "\"relationship\":\"PARENT\",\"decidedOn\":\"" + yesterday + "\",\"note\":\"\"}"));
        HttpResponse<String> started = expect(201, api.postJson("/api/v1/pupils/" + PUPIL + "/profiles",
                "{\"kind\":\"BASELINE\",\"reason\":\"\",\"assessedOn\":\"" + yesterday + "\"}"));
        String location = started.headers().firstValue("Location").orElseThrow();
        String profile = location.substring(location.indexOf("/api/v1/"));
        String levels = STRANDS.stream().flatMap(s -> IntStream.rangeClosed(1, 5).mapToObj(i -> s + "-0" + i))
                .map(id -> "\"" + id + "\":\"" + level(id) + "\"").collect(Collectors.joining(","));
        HttpResponse<String> saved = expect(200, api.sendJson("PUT", profile, "{\"levels\":{" + levels + "}}",
                Map.of("If-Match", started.headers().firstValue("ETag").orElseThrow())));
        expect(200, api.sendJson("POST", profile + "/complete", null,
                Map.of("If-Match", saved.headers().firstValue("ETag").orElseThrow())));
    }

    private static String level(String statementId) {
        return switch (statementId) {
            case "being-02" -> "NOT_YET";
            case "doing-03" -> "EMERGING";
            default -> "SECURE";
        };
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.request().method() + " " + r.uri() + ": " + r.body());
        return r;
    }

    @Test
    void aPractitionerCreatesActivatesAndReviewsAPlanWithTheKeyboardOnly() throws Exception {
        givenConsentAndACompletedAssessment();
        WebDriver d = app.browser().driver();
        app.browser().signIn(app.product().baseUrl(), "practitioner", "/pupils");
        d.get(app.product().baseUrl() + "/pupils/" + PUPIL + "?tab=thrive-action-plan");
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getPageSource().contains("This pupil has no current action plan."));

        WebElement create = d.findElement(By.xpath("//a[normalize-space(.)='Create an action plan']"));
        app.browser().tabTo(create, 80);
        app.browser().type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getPageSource().contains("Save as draft"));
        Browser.audit(d, "the create plan form");

        WebElement firstGap = d.findElement(By.id("plan-targets"));
        app.browser().tabTo(firstGap, 40);
        app.browser().type(Keys.SPACE);
        WebElement firstSchool = d.findElement(By.id("plan-school"));
        app.browser().tabTo(firstSchool, 40);
        app.browser().type(Keys.SPACE);
        WebElement firstHome = d.findElement(By.id("plan-home"));
        app.browser().tabTo(firstHome, 40);
        app.browser().type(Keys.SPACE);
        app.browser().tabTo(app.browser().labelled("Attune (optional)"), 20);
        app.browser().type("Notice when they go quiet and name the feeling");
        WebElement save = d.findElement(By.xpath("//button[normalize-space(.)='Save as draft']"));
        app.browser().tabTo(save, 40);
        app.browser().type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getPageSource().contains("Action plan saved as a draft"));

        WebElement activate = d.findElement(By.xpath("//button[normalize-space(.)='Activate plan']"));
        app.browser().tabTo(activate, 80);
        app.browser().type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getPageSource().contains("Action plan activated"));

        String page = d.getPageSource();
        assertTrue(page.contains("govuk-tag--blue\">Active</strong>"), "the plan is active");
        assertTrue(page.contains("Notice when they go quiet and name the feeling"));
        assertTrue(page.contains("Being"), "the target from the Being gap");
        Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(),
                Settings.workDir("plan-browser-it").resolve("action-plan-tab-after-activation.png"),
                StandardCopyOption.REPLACE_EXISTING);
        Browser.audit(d, "the Action plan tab");

        String homeSheet = d.findElement(By.xpath("//a[contains(., 'home activities sheet')]")).getAttribute("href");

        // Plan-Do-Review: record the review with the keyboard too (arrow keys move within the radios)
        WebElement review = d.findElement(By.xpath("//a[normalize-space(.)='Record a review']"));
        app.browser().tabTo(review, 80);
        app.browser().type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getPageSource().contains("Save review"));
        Browser.audit(d, "the review form");
        app.browser().tabTo(app.browser().labelled("Not started"), 40);
        app.browser().type(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertTrue(app.browser().labelled("Good progress").isSelected(), "two presses of the down arrow select Good progress");
        // the review starts a behaviour profile: the second radio after "No new profile"
        app.browser().tabTo(app.browser().labelled("No new profile"), 40);
        app.browser().type(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        assertTrue(app.browser().labelled("Start a new behaviour profile").isSelected());
        WebElement saveReview = d.findElement(By.xpath("//button[normalize-space(.)='Save review']"));
        app.browser().tabTo(saveReview, 40);
        app.browser().type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getPageSource().contains("Review recorded"));
        assertTrue(d.getPageSource().contains("govuk-tag--purple\">Reviewed</strong>"), "the plan is reviewed");
        assertTrue(d.getPageSource().contains("Good progress"));
        assertTrue(d.getPageSource().contains("started a new profile: continue it on the pupil's Thrive tab."));
        Browser.audit(d, "the Action plan tab after a review that started a profile");
        WebElement started = d.findElement(By.xpath("//a[normalize-space(.)='continue the profile on the Thrive tab']"));
        app.browser().tabTo(started, 120);
        app.browser().type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getPageSource().contains("Behaviour profile: strand 1 of 6"));
        assertTrue(d.getCurrentUrl().contains("tab=thrive-profile"), d.getCurrentUrl());

        d.get(homeSheet);
        assertTrue(d.getPageSource().contains("Activities to try at home with"), d.getPageSource());
        Browser.audit(d, "the home activities sheet");
    }
}
