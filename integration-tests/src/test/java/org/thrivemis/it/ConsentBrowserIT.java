package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
 * Office staff, in a real browser against the product jar: sign in, open a pupil, open the Thrive
 * tab and record a parent's consent using only the keyboard, then see it listed.
 */
class ConsentBrowserIT {
    @RegisterExtension
    static final ProductInBrowser app = new ProductInBrowser("browser-it", "profiles");

    @Test
    void officeStaffRecordConsentWithTheKeyboardOnly() throws Exception {
        WebDriver d = app.browser().driver();
        app.browser().signIn(app.product().baseUrl(), "office", "/pupils");

        WebElement firstPupil = d.findElement(By.cssSelector("main table tbody tr a"));
        String pupilName = firstPupil.getText();
        app.browser().tabTo(firstPupil, 60);
        app.browser().type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.findElement(By.tagName("h1")).getText().contains(pupilName));

        WebElement thriveTab = d.findElement(By.cssSelector("[data-tab-id='thrive-profile']"));
        app.browser().tabTo(thriveTab, 40);
        app.browser().type(Keys.ENTER);
        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().contains("tab=thrive-profile"));
        assertTrue(d.getPageSource().contains("Parental consent"));

        app.browser().tabTo(app.browser().labelled("Given"), 80);
        app.browser().type(Keys.SPACE);
        app.browser().tabTo(app.browser().labelled("Individual Thrive profiles"), 10);
        app.browser().type(Keys.SPACE);
        app.browser().tabTo(app.browser().labelled("Action plans and home activities"), 5);
        app.browser().type(Keys.SPACE);
        WebElement person = d.findElement(By.cssSelector("input[name='personName']"));
        app.browser().tabTo(person, 10);
        app.browser().type("Sam Keyboard-Parent");
        app.browser().tabTo(app.browser().labelled("Parent"), 10);
        app.browser().type(Keys.SPACE);
        app.browser().tabTo(app.browser().labelled("Day"), 15);
        app.browser().type("3");
        app.browser().tabTo(app.browser().labelled("Month"), 3);
        app.browser().type("11");
        app.browser().tabTo(app.browser().labelled("Year"), 3);
        app.browser().type("2026");
        WebElement save = d.findElement(By.xpath("//button[normalize-space(.)='Save consent decision']"));
        app.browser().tabTo(save, 10);
        app.browser().type(Keys.ENTER);

        new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.getPageSource().contains("Consent decision recorded"));
        String history = d.findElement(By.cssSelector("[data-tab-panel='thrive-profile'] table")).getText();
        assertTrue(history.contains("Sam Keyboard-Parent"), history);
        assertTrue(history.contains("Given"), history);
        assertTrue(history.contains("3 November 2026"), history);

        // Kept with the test output, so a person can look at what the test saw.
        Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(),
                Settings.workDir("browser-it").resolve("thrive-tab-after-consent.png"), StandardCopyOption.REPLACE_EXISTING);
        Browser.audit(d, "the Thrive tab");
    }
}
