package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.Browser;
import org.thrivemis.it.support.ProductProcess;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;

/**
 * Office staff, in a real browser against the product jar, import a Thrive-Online CSV export with
 * the keyboard only (the file is handed to the file input as a browser's file chooser would): the
 * preview shows what would be added, "Import these records" imports it, and a file with a problem
 * gets the error summary and the problem table instead of the button. Every page passes axe-core
 * without serious or critical violations.
 */
class ImportBrowserIT {
    private static final Pattern FIRST_PUPIL = Pattern.compile("href=\"/pupils/([^\"?/]+)\"");
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String HEADER = "Record type,UPN,MIS ID,Forename,Surname,Date of birth,Profile date,"
            + "Profile type,Being,Doing,Thinking,Power and identity,Skills and structure,Interdependence,Statements,"
            + "Plan start,Review date,Plan status,Targets";
    private static ProductProcess product;
    private static Browser browser;
    private static Path work;

    @BeforeAll
    static void start() throws Exception {
        work = Settings.workDir("import-browser-it");
        product = ProductProcess.start(work, work.resolve("data-" + System.nanoTime()));
        browser = Browser.start(work.resolve("imports"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (product != null) {
            product.close();
        }
    }

    private static String row(String pupilId, LocalDate date, int being) {
        return "Profile,," + pupilId + ",,,," + UK.format(date) + ",Group," + being + ",,,,,,,,,,";
    }

    @Test
    void officeStaffPreviewAndImportAnExportWithTheKeyboardOnly() throws Exception {
        Matcher m = FIRST_PUPIL.matcher(new WebSession(product.baseUrl()).signIn("office").get("/pupils").body());
        assertTrue(m.find(), "the pupil list links to a pupil");
        String pupil = m.group(1);
        LocalDate today = LocalDate.now();
        Path good = Files.writeString(work.resolve("thrive-online-export.csv"), HEADER + "\r\n"
                + row(pupil, today.minusDays(30), 60) + "\r\n" + row(pupil, today.minusDays(10), 70) + "\r\n");
        Path bad = Files.writeString(work.resolve("thrive-online-bad.csv"), HEADER + "\r\n"
                + row(pupil, today.plusDays(30), 60) + "\r\n");

        WebDriver d = browser.driver();
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(60));
        browser.signIn(product.baseUrl(), "office", "/pupils");

        d.get(product.baseUrl() + "/thrive/admin/imports");
        Browser.audit(d, "the import page");
        upload(d, wait, good);
        wait.until(x -> x.getPageSource().contains("Ready to import"));
        assertTrue(d.findElement(By.id("counts")).isDisplayed());
        assertTrue(d.getPageSource().contains("Would be added"));
        Browser.audit(d, "a preview ready to import");

        WebElement importButton = d.findElement(By.xpath("//button[normalize-space(.)='Import these records']"));
        browser.tabTo(importButton, 40);
        browser.type(Keys.ENTER);
        wait.until(x -> x.findElements(By.cssSelector(".govuk-tag--green")).size() == 1);
        String counts = d.findElement(By.cssSelector(".govuk-summary-list")).getText();
        assertTrue(counts.contains("Added 2"), counts);
        Browser.audit(d, "an import's result");

        d.get(product.baseUrl() + "/thrive/admin/imports");
        upload(d, wait, bad);
        wait.until(x -> x.getPageSource().contains("Problems to correct"));
        String summary = d.findElement(By.cssSelector(".govuk-error-summary")).getText();
        assertTrue(summary.contains("The file has 1 problem"), summary);
        String problems = d.findElement(By.cssSelector("#problems + table")).getText();
        assertTrue(problems.contains("The profile date is in the future"), problems);
        assertEquals(0, d.findElements(By.xpath("//button[normalize-space(.)='Import these records']")).size());
        Browser.audit(d, "a preview with problems");
    }

    @Test
    void theJsonApiPreviewsCommitsAndReportsForOfficeStaffOnly() {
        WebSession office = new WebSession(product.baseUrl()).signIn("office");
        Matcher m = FIRST_PUPIL.matcher(office.get("/pupils").body());
        assertTrue(m.find(), "the pupil list links to a pupil");
        office.get("/thrive/admin/imports"); // the session's CSRF token, as a script on the page would have it
        LocalDate today = LocalDate.now();
        String csv = HEADER + "\r\n" + row(m.group(1), today.minusDays(200), 40) + "\r\n"
                + row(m.group(1), today.minusDays(201), 45) + "\r\n";

        HttpResponse<String> started = office.sendJson("POST", "/api/v1/imports?fileName=api-export.csv", csv, Map.of());
        assertEquals(202, started.statusCode(), started.body());
        Matcher id = Pattern.compile("\"id\":([0-9]+)").matcher(started.body());
        assertTrue(id.find(), started.body());
        String run = "/api/v1/imports/" + id.group(1);
        Await.until("the preview", Duration.ofSeconds(60), () -> office.get(run).body().contains("\"status\":\"READY\""));
        assertTrue(office.get(run).body().contains("\"added\":2"), office.get(run).body());
        assertEquals(202, office.sendJson("POST", run + "/commit", null, Map.of()).statusCode());
        Await.until("the commit", Duration.ofSeconds(60), () -> office.get(run).body().contains("\"status\":\"COMMITTED\""));
        HttpResponse<String> report = office.get(run + "/report");
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains(",Added,Group profile,"), report.body());

        WebSession teacher = new WebSession(product.baseUrl()).signIn("teacher");
        HttpResponse<String> refused = teacher.get("/api/v1/imports");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("office staff and senior leads"), refused.body());
        HttpResponse<String> noToken = new WebSession(product.baseUrl()).signIn("office")
                .sendJson("POST", "/api/v1/imports?fileName=x.csv", csv, Map.of());
        assertEquals(403, noToken.statusCode(), noToken.body());
    }

    /** Chooses the file (as the file chooser would) and submits with the keyboard. */
    private void upload(WebDriver d, WebDriverWait wait, Path file) {
        WebElement input = browser.labelled("Export file");
        input.sendKeys(file.toAbsolutePath().toString());
        WebElement submit = d.findElement(By.xpath("//button[normalize-space(.)='Upload and check']"));
        browser.tabTo(submit, 10);
        browser.type(Keys.ENTER);
        wait.until(x -> x.getCurrentUrl().matches(".*/thrive/admin/imports/[0-9]+$"));
    }
}
