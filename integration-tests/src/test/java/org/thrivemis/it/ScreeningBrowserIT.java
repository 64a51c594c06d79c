package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thrivemis.it.support.Browser;
import org.thrivemis.it.support.ProductInBrowser;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;

/**
 * The demo teacher, in a real browser against the product jar, screens Year 3 Oak (about 30
 * pupils) with the keyboard only: opens the round (Tab, Enter), marks every cell (Tab to each
 * select, type S, E or N: the script saves each change), reloads and finds every mark kept,
 * closes the round and reads the class profile with its heat map. Office staff gave consent first
 * through the JSON API, to all but one pupil, who shows as "No consent". The grid and the class
 * profile pass an axe-core audit without serious or critical violations. The time the teacher
 * takes over the grid is printed.
 */
class ScreeningBrowserIT {
    private static final String OAK = "year-3-oak";
    private static final Pattern PUPIL = Pattern.compile("href=\"/pupils/([^\"?/]+)");
    @RegisterExtension
    static final ProductInBrowser app = new ProductInBrowser("screening-browser-it", "screening");

    /** The pupils of Year 3 Oak from the host's class register, as the teacher sees it. */
    private static List<String> oakPupils() {
        WebSession teacher = new WebSession(app.product().baseUrl()).signIn("teacher");
        HttpResponse<String> register = teacher.get("/classes/" + OAK);
        assertEquals(200, register.statusCode(), register.body());
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = PUPIL.matcher(register.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertTrue(ids.size() >= 25, "Year 3 Oak has about 30 pupils: " + ids);
        return new ArrayList<>(ids);
    }

    /** Office staff record consent for individual profiles through the JSON API. */
    private static void giveConsent(List<String> pupilIds) {
        WebSession office = new WebSession(app.product().baseUrl()).signIn("office");
        office.get("/pupils/" + pupilIds.get(0) + "?tab=thrive-profile");
        for (String id : pupilIds) {
            HttpResponse<String> r = office.postJson("/api/v1/pupils/" + id + "/consents", "{\"decision\":\"GIVEN\","
                    + "\"scopes\":[\"INDIVIDUAL_ASSESSMENT\"],\"personName\":\"Pat Parent\",\"relationship\":\"PARENT\","
                    + "\"decidedOn\":\"" + LocalDate.now() + "\",\"note\":\"\"}");
            assertEquals(201, r.statusCode(), r.body());
        }
    }

    @Test
    void aTeacherScreensTheirClassWithTheKeyboardOnly() throws Exception {
        List<String> pupils = oakPupils();
        List<String> consented = pupils.subList(0, pupils.size() - 1);
        giveConsent(consented);

        WebDriver d = app.browser().driver();
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(20));
        app.browser().signIn(app.product().baseUrl(), "teacher", "/pupils");
        d.get(app.product().baseUrl() + "/thrive/screening");
        WebElement classLink = d.findElement(By.linkText("Year 3 Oak"));
        app.browser().tabTo(classLink, 20);
        app.browser().type(Keys.ENTER);
        wait.until(x -> x.getCurrentUrl().endsWith("/thrive/classes/" + OAK + "/screening"));

        WebElement open = d.findElement(By.xpath("//button[normalize-space(.)='Open the round']"));
        app.browser().tabTo(open, 30);
        app.browser().type(Keys.ENTER);
        wait.until(x -> x.findElements(By.id("screening-grid")).size() == 1);
        String gridUrl = d.getCurrentUrl();
        Browser.audit(d, "the screening grid");
        String noConsent = d.findElement(By.cssSelector("tr[data-pupil='" + pupils.get(pupils.size() - 1) + "']"))
                .getText();
        assertTrue(noConsent.contains("No consent"), noConsent);

        List<WebElement> selects = d.findElements(By.cssSelector("#screening-grid select"));
        assertTrue(selects.size() >= consented.size() * 3, "cells: " + selects.size());
        Map<String, String> chosen = new java.util.LinkedHashMap<>();
        long started = System.nanoTime();
        for (int i = 0; i < selects.size(); i++) {
            WebElement select = selects.get(i);
            app.browser().tabTo(select, i == 0 ? 40 : 3);
            String pupil = select.getAttribute("data-pupil");
            boolean firstOfPupil = i == 0 || !selects.get(i - 1).getAttribute("data-pupil").equals(pupil);
            int pupilIndex = consented.indexOf(pupil);
            // every fifth pupil: "not yet" in their first statement (Being), so they are flagged
            String key = firstOfPupil && pupilIndex % 5 == 0 ? "n" : firstOfPupil && pupilIndex % 3 == 1 ? "e" : "s";
            app.browser().type(key);
            chosen.put(select.getAttribute("id"), key.equals("n") ? "NOT_YET" : key.equals("e") ? "EMERGING" : "SECURE");
        }
        WebElement status = d.findElement(By.id("save-status-text"));
        wait.until(x -> "Saved".equals(status.getText()) && d.findElement(By.id("completed-count")).getText()
                .equals(String.valueOf(consented.size())));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("ScreeningBrowserIT: the teacher marked %d pupils (%d cells) with the keyboard in %.1f s%n",
                consented.size(), selects.size(), seconds);

        // resumable: a reload shows every mark as saved
        d.navigate().to(gridUrl);
        wait.until(x -> x.findElements(By.id("screening-grid")).size() == 1);
        for (Map.Entry<String, String> c : chosen.entrySet()) {
            assertEquals(c.getValue(), new Select(d.findElement(By.id(c.getKey()))).getFirstSelectedOption()
                    .getAttribute("value"), c.getKey());
        }
        assertEquals(String.valueOf(consented.size()), d.findElement(By.id("completed-count")).getText());

        WebElement close = d.findElement(By.id("close-button"));
        app.browser().tabTo(close, selects.size() + 20);
        app.browser().type(Keys.ENTER);
        wait.until(x -> x.findElements(By.id("heat-map")).size() == 1);

        assertTrue(d.findElement(By.id("heat-map")).getAttribute("aria-labelledby").contains("heat-desc"));
        assertEquals(pupils.size(), d.findElements(By.cssSelector("#class-profile tbody tr")).size());
        String flagged = d.findElement(By.id("flagged")).getText();
        long expectedFlags = java.util.stream.IntStream.range(0, consented.size()).filter(i -> i % 5 == 0).count();
        assertEquals(expectedFlags, d.findElements(By.cssSelector("#flagged li")).size(), flagged);
        assertTrue(flagged.contains("'Not yet' in Being"), flagged);
        Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(),
                Settings.workDir("screening-browser-it").resolve("class-profile.png"), StandardCopyOption.REPLACE_EXISTING);
        Browser.audit(d, "the class profile");

        // the class page compares the year's rounds (SVG and table)
        d.get(app.product().baseUrl() + "/thrive/classes/" + OAK + "/screening");
        assertEquals(1, d.findElements(By.id("comparison-chart")).size());
        assertTrue(d.findElement(By.id("comparison-table")).getText().contains("Being"));

        // the first pupil's Thrive tab shows the group profile
        d.get(app.product().baseUrl() + "/pupils/" + consented.get(0) + "?tab=thrive-profile");
        String groups = d.findElement(By.id("group-profiles")).getText();
        assertTrue(groups.contains("Being group") && groups.contains("Year 3 Oak"), groups);
    }
}
