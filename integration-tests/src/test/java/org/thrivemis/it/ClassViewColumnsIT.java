package org.thrivemis.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * Our class-view columns on the reference host's class page, in Felix over real HTTP: they are
 * there beside the register, a teacher's cells are filled for their own class only, sorting and
 * filtering work through the query string, and the columns vanish when the web bundle stops
 * (the host's register stays) and come back when it starts.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ClassViewColumnsIT {
    private static final String OAK = "/classes/year-3-oak";
    private static final String ASH = "/classes/year-3-ash";

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return new Option[] {FelixProduct.options(Ports.free(),
                Settings.workDir("classview-it-data-" + System.nanoTime()).toString())};
    }

    private String base() {
        return "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port");
    }

    @Test
    public void columnsAppearBesideTheRegisterAndVanishWhenTheWebBundleStops() throws Exception {
        Await.until("health UP", Duration.ofSeconds(30), () -> new WebSession(base()).get("/system/health").statusCode() == 200);
        WebSession teacher = new WebSession(base()).signIn("teacher");
        Await.until("our columns on the class page", Duration.ofSeconds(30),
                () -> teacher.get(OAK).body().contains("<th scope=\"col\" data-column-id=\"thrive-attendance\""));
        String page = teacher.get(OAK).body();
        for (String id : new String[] {"thrive-stage", "thrive-plan", "thrive-attendance"}) {
            assertTrue(id + " header", page.contains("data-column-id=\"" + id + "\""));
        }
        assertTrue("the teacher's own class is filled in", page.contains("No profile yet"));
        assertTrue("attendance this term and year", page.contains("Term: <strong>") && page.contains("Year: <strong>"));
        assertTrue("a sparkline with its text alternative", page.contains("<title>Weekly attendance, oldest first:"));
        assertTrue("the filters our columns offer", page.contains("value=\"thrive-attendance:persistent-absence\""));

        String other = teacher.get(ASH).body();
        assertTrue("the columns are there on another class", other.contains("data-column-id=\"thrive-stage\""));
        assertFalse("but a teacher sees no Thrive information of another class", other.contains("No profile yet"));
        WebSession senior = new WebSession(base()).signIn("senior");
        assertTrue("a senior lead sees every class", senior.get(ASH).body().contains("No profile yet"));

        String sorted = teacher.get(OAK + "?sort=thrive-attendance&order=asc").body();
        assertTrue(sorted.contains("data-column-id=\"thrive-attendance\" aria-sort=\"ascending\""));
        Matcher years = Pattern.compile("Year: <strong>([0-9.]+)%</strong>").matcher(sorted);
        double previous = -1;
        int rows = 0;
        while (years.find()) {
            double value = Double.parseDouble(years.group(1));
            assertTrue("lowest attendance first: " + value + " after " + previous, value >= previous);
            previous = value;
            rows++;
        }
        assertTrue("pupils have a figure: " + rows, rows >= 25);
        Matcher count = Pattern.compile("id=\"pupil-count\" role=\"status\">(\\d+) pupils<").matcher(sorted);
        assertTrue("the count of pupils shown", count.find());
        String all = count.group(1);
        String filtered = teacher.get(OAK + "?filter=thrive-stage:no-profile").body();
        assertTrue("nobody has a profile yet, so the filter keeps everyone", filtered.contains(">" + all + " pupils<"));
        String none = teacher.get(OAK + "?filter=thrive-plan:active-plan").body();
        assertTrue("nobody has an active plan", none.contains("Showing 0 of " + all + " pupils"));

        Bundle web = bundle("org.thrivemis.web");
        web.stop();
        try {
            Await.until("our columns gone", Duration.ofSeconds(30),
                    () -> !teacher.get(OAK).body().contains("data-column-id=\"thrive-"));
            var without = teacher.get(OAK);
            assertEquals("the host's register still works", 200, without.statusCode());
            assertTrue(without.body().contains("Week commencing"));
            assertFalse("no filters without columns", without.body().contains("Apply filters"));
        } finally {
            web.start();
        }
        Await.until("our columns back", Duration.ofSeconds(30),
                () -> teacher.get(OAK).body().contains("data-column-id=\"thrive-stage\""));
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }
}
