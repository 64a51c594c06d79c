package org.thrivemis.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.FelixProduct;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.ClassViewColumn;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.PupilRecordTab;

/**
 * The product in a real Felix: every bundle active, the host's whiteboards pick up our tab and
 * column, and stopping our web bundle takes them away on the next page load without a restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProductBundlesIT {
    /** Chosen in the driver; the probe (another class loader) reads it back from the framework. */
    private static final int PORT = Ports.free();

    @Inject
    private BundleContext context;
    @Inject
    private PupilDirectory pupils;
    @Inject
    private ClassDirectory classes;

    @Configuration
    public Option[] configuration() {
        return new Option[] {FelixProduct.options(PORT, Settings.workDir("bundles-it-data").toString())};
    }

    private String base() {
        return "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port");
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals(symbolicName))
                .findFirst().orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }

    private void awaitHealth(int status) {
        Await.until("/system/health to answer " + status, Duration.ofSeconds(30),
                () -> new WebSession(base()).get("/system/health").statusCode() == status);
    }

    @Test
    public void everyProductBundleIsActiveAndHealthSaysUp() {
        Map<String, String> states = new TreeMap<>();
        for (String name : FelixProduct.OUR_BUNDLES) {
            Bundle b = bundle(name);
            states.put(name, b.getState() == Bundle.ACTIVE ? "ACTIVE" : "state " + b.getState());
        }
        for (String name : FelixProduct.OUR_BUNDLES) {
            assertEquals(name + " in " + states, "ACTIVE", states.get(name));
        }
        awaitHealth(200);
        String health = new WebSession(base()).get("/system/health").body();
        assertTrue(health, health.contains("\"status\":\"UP\""));
        for (String name : FelixProduct.OUR_BUNDLES) {
            assertTrue(name + " missing from " + health, health.contains(name));
        }
    }

    @Test
    public void theHostRendersOurTabAndColumnThroughItsWhiteboards() throws Exception {
        assertFalse("our tab is registered as a PupilRecordTab",
                context.getServiceReferences(PupilRecordTab.class, "(mis.tab.id=thrive-profile)").isEmpty());
        assertFalse("our column is registered as a ClassViewColumn",
                context.getServiceReferences(ClassViewColumn.class, "(mis.column.id=thrive-consent)").isEmpty());
        awaitHealth(200);
        WebSession office = new WebSession(base()).signIn("office");
        String pupilId = pupils.all().get(0).id();
        String record = office.get("/pupils/" + pupilId).body();
        assertTrue("tab strip has the host's details tab", record.contains("data-tab-id=\"details\""));
        assertTrue("tab strip has our Thrive tab", record.contains("data-tab-id=\"thrive-profile\""));
        String thriveTab = office.get("/pupils/" + pupilId + "?tab=thrive-profile").body();
        assertTrue("the Thrive tab shows the consent panel", thriveTab.contains("Parental consent"));
        String classId = classes.classes().get(0).id();
        String classPage = office.get("/classes/" + classId).body();
        assertTrue("class page has our consent column", classPage.contains("data-column-id=\"thrive-consent\""));
    }

    @Test
    public void seniorLeadsSearchWhoReadAPupilsThriveDataAndTeachersAreRefused() {
        awaitHealth(200);
        String pupilId = pupils.all().get(5).id();
        assertEquals(200, new WebSession(base()).signIn("office").get("/pupils/" + pupilId + "?tab=thrive-profile").statusCode());

        HttpResponse<String> found = new WebSession(base()).signIn("senior").get("/thrive/audit?pupil=" + pupilId);
        assertEquals(200, found.statusCode());
        assertTrue("the office user's read of the Thrive tab is listed: " + found.body(),
                found.body().contains("consent.read") && found.body().contains(pupilId) && found.body().contains("Allowed"));

        HttpResponse<String> badDate = new WebSession(base()).signIn("senior").get("/thrive/audit?from=31-02-2026");
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("Date from must be a real date") && badDate.body().contains("href=\"#from\""));

        HttpResponse<String> signedOut = new WebSession(base()).get("/thrive/audit");
        assertEquals("not signed in: sent to sign in", 302, signedOut.statusCode());
        assertEquals("and back to the audit page afterwards", "/login?next=%2Fthrive%2Faudit",
                signedOut.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse(""));

        HttpResponse<String> teacher = new WebSession(base()).signIn("teacher").get("/thrive/audit?pupil=" + pupilId);
        assertEquals(403, teacher.statusCode());
        assertFalse("a refused search shows no entries", teacher.body().contains("consent.read"));
    }

    @Test
    public void stoppingTheWebBundleRemovesTheTabAndStartingItBringsItBack() throws Exception {
        awaitHealth(200);
        WebSession office = new WebSession(base()).signIn("office");
        String page = "/pupils/" + pupils.all().get(0).id();
        String classPage = "/classes/" + classes.classes().get(0).id();
        Bundle web = bundle("org.thrivemis.web");
        try {
            web.stop();
            HttpResponse<String> without = office.get(page);
            assertEquals(200, without.statusCode());
            assertFalse("tab gone after stop", without.body().contains("data-tab-id=\"thrive-profile\""));
            assertTrue("host's own tabs still work", without.body().contains("data-tab-id=\"details\""));
            assertFalse("column gone after stop", office.get(classPage).body().contains("data-column-id=\"thrive-consent\""));
            assertEquals("health reports the stopped bundle", 503, office.get("/system/health").statusCode());
        } finally {
            web.start();
        }
        Await.until("the tab to come back", Duration.ofSeconds(10),
                () -> office.get(page).body().contains("data-tab-id=\"thrive-profile\""));
        assertTrue("column back after start", office.get(classPage).body().contains("data-column-id=\"thrive-consent\""));
        awaitHealth(200);
    }
}
