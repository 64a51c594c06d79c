package org.thrivemis.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.FelixProduct;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;

/**
 * The impact evaluation over real HTTP on the reference host: a senior lead gets the school and
 * every class with chart and table, and the CSV as a download; a teacher gets only their classes;
 * office staff are refused with the reason; the admin area links to the page.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ImpactPagesIT {

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return new Option[] {FelixProduct.options(Ports.free(),
                Settings.workDir("impact-it-data-" + System.nanoTime()).toString())};
    }

    private String base() {
        return "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port");
    }

    @Test
    public void seniorLeadsSeeTheSchoolTeachersTheirClassesOfficeStaffNothing() throws Exception {
        Await.until("health UP", Duration.ofSeconds(30), () -> new WebSession(base()).get("/system/health").statusCode() == 200);
        WebSession senior = new WebSession(base()).signIn("senior");
        Await.until("the impact page", Duration.ofSeconds(30), () -> senior.get("/thrive/impact").statusCode() == 200);

        String page = senior.get("/thrive/impact").body();
        assertTrue("chart with its text alternative", page.contains("id=\"impact-chart\"") && page.contains("<desc id=\"impact-desc\">"));
        assertTrue("the table", page.contains("id=\"impact-table\""));
        assertTrue("the school row", page.contains(">Whole school</th>"));
        assertTrue("the classes", page.contains(">Year 3 Oak</th>") && page.contains(">Year 3 Ash</th>"));
        assertTrue("the CSV link", page.contains("href=\"/thrive/impact.csv\""));

        HttpResponse<String> csv = senior.get("/thrive/impact.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"thrive-impact-"));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0], lines[0].startsWith("Level,Name,Pupils with a plan,Pupils without a plan,"));
        assertTrue(lines[1], lines[1].startsWith("School,Whole school,0,"));
        assertTrue("a line per class", csv.body().contains("\r\nClass,Year 3 Oak,0,"));

        String teacher = new WebSession(base()).signIn("teacher").get("/thrive/impact").body();
        assertTrue(teacher.contains(">Your classes</th>") && teacher.contains(">Year 3 Oak</th>"));
        assertFalse("a class the teacher does not teach", teacher.contains(">Year 3 Ash</th>"));

        HttpResponse<String> office = new WebSession(base()).signIn("office").get("/thrive/impact");
        assertEquals(403, office.statusCode());
        assertTrue(office.body().contains("id=\"impact-refusal\""));
        assertFalse(office.body().contains("impact-table"));

        assertTrue("the admin area links to the page",
                new WebSession(base()).signIn("admin").get("/admin").body().contains("/thrive/impact"));
    }

    @Test
    public void officeStaffAndSeniorLeadsReachThriveAdminPagesFromTheHostsAdminAreaAndTeachersDoNot() throws Exception {
        WebSession senior = new WebSession(base()).signIn("senior");
        HttpResponse<String> seniorAdmin = senior.get("/admin");
        assertEquals(200, seniorAdmin.statusCode());
        assertTrue("the navigation has the admin area", seniorAdmin.body().contains("href=\"/admin\""));
        assertTrue(seniorAdmin.body().contains("href=\"/thrive/impact\""));
        assertTrue(seniorAdmin.body().contains("href=\"/thrive/early-warning\""));
        assertTrue("the early-warning count on the admin area",
                seniorAdmin.body().matches("(?s).*\\d+ pupils? to look at.*"));
        assertFalse("the installed plugins are for admins", seniorAdmin.body().contains("id=\"installed-plugins\""));
        assertFalse("the configuration console is for admins", seniorAdmin.body().contains("/admin/configuration"));
        assertEquals(403, senior.get("/admin/configuration").statusCode());

        HttpResponse<String> officeAdmin = new WebSession(base()).signIn("office").get("/admin");
        assertEquals(200, officeAdmin.statusCode());
        assertTrue(officeAdmin.body().contains("href=\"/thrive/admin/imports\""));
        assertTrue(officeAdmin.body().contains("href=\"/thrive/admin/roster\""));

        WebSession teacher = new WebSession(base()).signIn("teacher");
        assertFalse("no admin entry for teachers",
                teacher.get("/pupils").body().contains("href=\"/admin\""));
        assertEquals(403, teacher.get("/admin").statusCode());
    }
}
