package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.thrivemis.it.support.ProductInBrowser;

/**
 * A senior lead, in Chromium against the product jar, opens the impact evaluation: the chart is an
 * image with a text alternative, the table has the figures, the CSV link is reached with the
 * keyboard; axe-core finds no serious or critical issue on the page.
 */
class ImpactBrowserIT {
    @RegisterExtension
    static final ProductInBrowser app = new ProductInBrowser("impact-browser-it", "profiles");

    @Test
    void aSeniorLeadReadsTheImpactPageAndReachesTheCsvWithTheKeyboard() {
        WebDriver d = app.browser().driver();
        app.browser().signIn(app.product().baseUrl(), "senior", "/thrive/impact");

        assertEquals("Thrive impact evaluation", d.findElement(By.tagName("h1")).getText());
        WebElement chart = d.findElement(By.id("impact-chart"));
        assertEquals("img", chart.getAttribute("role"));
        assertTrue(d.findElement(By.id("impact-desc")).getAttribute("textContent").contains("Before the plan: with a plan"));
        assertTrue(d.findElement(By.id("impact-table")).getText().contains("Whole school"));
        app.browser().audit("the impact page");

        WebElement csv = d.findElement(By.linkText("Download these figures as CSV"));
        app.browser().tabTo(csv, 20);
        assertEquals(csv, d.switchTo().activeElement());
    }
}
