package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

/**
 * A class teacher, in a real browser against the product jar, sorts their class page by our
 * attendance column and filters it to the pupils with no Thrive profile and attendance under 90%
 * this term, with the keyboard only (Tab to the header link, Enter; Tab to the checkboxes, Space;
 * Tab to "Apply filters", Enter). The class page with our columns passes an axe-core audit without
 * serious or critical violations.
 */
class ClassViewBrowserIT {
    private static final Pattern YEAR = Pattern.compile("Year: ([0-9.]+)%");
    @RegisterExtension
    static final ProductInBrowser app = new ProductInBrowser("classview-browser-it", "classview");

    @Test
    void aTeacherSortsAndFiltersTheClassViewWithTheKeyboard() throws Exception {
        WebDriver d = app.browser().driver();
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(15));
        app.browser().signIn(app.product().baseUrl(), "teacher", "/pupils");
        d.get(app.product().baseUrl() + "/classes/year-3-oak");
        wait.until(x -> x.findElements(By.cssSelector("th[data-column-id='thrive-attendance']")).size() == 1);
        Browser.audit(d, "the class page with our columns");

        WebElement sortLink = d.findElement(By.cssSelector("th[data-column-id='thrive-attendance'] a"));
        app.browser().tabTo(sortLink, 80);
        app.browser().type(Keys.ENTER);
        wait.until(x -> x.getCurrentUrl().contains("sort=thrive-attendance"));
        assertEquals("ascending", d.findElement(By.cssSelector("th[data-column-id='thrive-attendance']"))
                .getAttribute("aria-sort"));
        List<Double> years = yearFigures(d);
        assertTrue(years.size() >= 25, "every pupil has this year's attendance: " + years);
        for (int i = 1; i < years.size(); i++) {
            assertTrue(years.get(i - 1) <= years.get(i), "lowest attendance first: " + years);
        }
        String pupilCount = d.findElement(By.id("pupil-count")).getText();

        WebElement noProfile = d.findElement(By.id("filter-thrive-stage-no-profile"));
        app.browser().tabTo(noProfile, 40);
        app.browser().type(Keys.SPACE);
        WebElement termBelow = d.findElement(By.id("filter-thrive-attendance-term-below-90"));
        app.browser().tabTo(termBelow, 10);
        app.browser().type(Keys.SPACE);
        WebElement apply = d.findElement(By.id("apply-filters"));
        app.browser().tabTo(apply, 10);
        app.browser().type(Keys.ENTER);
        wait.until(x -> x.getCurrentUrl().contains("filter="));
        String url = d.getCurrentUrl();
        assertTrue(url.contains("filter=thrive-stage%3Ano-profile") && url.contains("filter=thrive-attendance%3Aterm-below-90")
                && url.contains("sort=thrive-attendance"), "filters and the sort in the address: " + url);
        assertTrue(d.findElement(By.id("filter-thrive-stage-no-profile")).isSelected(), "the choice stays ticked");
        String filteredCount = d.findElement(By.id("pupil-count")).getText();
        List<WebElement> rows = d.findElements(By.cssSelector(".app-register tbody tr"));
        assertTrue(filteredCount.startsWith("Showing " + rows.size() + " of ") || filteredCount.equals(pupilCount),
                filteredCount + " / " + pupilCount + ", rows " + rows.size());
        for (WebElement row : rows) {
            String cell = row.findElement(By.cssSelector("td[data-column-id='thrive-attendance']")).getText();
            Matcher term = Pattern.compile("Term: ([0-9.]+)%").matcher(cell);
            assertTrue(term.find() && Double.parseDouble(term.group(1)) < 90.0, "only pupils under 90% this term: " + cell);
        }
        Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(),
                Settings.workDir("classview-browser-it").resolve("class-view-filtered.png"),
                StandardCopyOption.REPLACE_EXISTING);
        Browser.audit(d, "the filtered class page");
    }

    private static List<Double> yearFigures(WebDriver d) {
        return d.findElements(By.cssSelector("td[data-column-id='thrive-attendance']")).stream()
                .map(WebElement::getText).map(YEAR::matcher).filter(Matcher::find)
                .map(m -> Double.parseDouble(m.group(1))).collect(Collectors.toList());
    }
}
