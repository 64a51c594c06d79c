package org.thrivemis.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
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
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.FelixProduct;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceSource;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolDirectory;
import org.thrivemis.mis.api.attendance.AttendanceStatistics;
import org.thrivemis.mis.api.attendance.Term;

/**
 * The early-warning list over real HTTP on the reference host. A senior lead sees exactly the
 * pupils whose attendance in the recent weeks fell by at least the configured points against
 * earlier in the school year (worked out here from the host's own registers), none of whom has a
 * Thrive profile yet in a fresh product; a higher threshold shortens the list; the admin area shows
 * the senior lead the same count. Teachers and practitioners are refused with the reason, and an
 * administrator sees the link but no figure.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EarlyWarningIT {
    private static final String PID = "org.thrivemis.web.earlywarning";
    private static final Pattern ROW = Pattern.compile("href=\"/pupils/([^\"?]+)\\?tab=thrive-profile\"");
    private static final Pattern COUNT = Pattern.compile("id=\"warning-count\" role=\"status\">(\\d+) pupils?<");

    @Inject
    private BundleContext context;
    @Inject
    private ConfigurationAdmin configAdmin;
    @Inject
    private PupilDirectory pupils;
    @Inject
    private AttendanceSource attendance;
    @Inject
    private SchoolDirectory schools;

    @Configuration
    public Option[] configuration() {
        return new Option[] {FelixProduct.options(Ports.free(),
                Settings.workDir("early-warning-it-data-" + System.nanoTime()).toString())};
    }

    private String base() {
        return "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port");
    }

    @Test
    public void seniorLeadsSeeThePupilsWhoseAttendanceDroppedByTheConfiguredThreshold() throws Exception {
        Await.until("health UP", Duration.ofSeconds(30), () -> new WebSession(base()).get("/system/health").statusCode() == 200);
        WebSession senior = new WebSession(base()).signIn("senior");

        configure(5.0);
        Set<String> expected = dropped(5.0, 4);
        assertFalse("the sample school has pupils whose attendance fell by 5 points", expected.isEmpty());
        Await.until("the list for a 5-point drop", Duration.ofSeconds(30), () -> listed(senior).equals(expected));
        String page = senior.get("/thrive/early-warning").body();
        assertTrue(page, page.contains("at least 5.0 percentage points below earlier this school year"));
        assertEquals(expected.size(), count(page));
        assertEquals("every pupil listed has no profile in a fresh product", expected.size(),
                Pattern.compile("No individual Thrive profile yet").matcher(page).results().count());
        assertTrue("the admin area shows the senior lead the count",
                senior.get("/admin").body().contains(expected.size() + " pupils to look at"));

        configure(15.0);
        Set<String> fewer = dropped(15.0, 4);
        assertTrue("a higher threshold lists fewer pupils", fewer.size() < expected.size() && expected.containsAll(fewer));
        Await.until("the list for a 15-point drop", Duration.ofSeconds(30), () -> listed(senior).equals(fewer));
        assertEquals(fewer.size(), count(senior.get("/thrive/early-warning").body()));
        Await.until("the admin count for a 15-point drop", Duration.ofSeconds(30),
                () -> senior.get("/admin").body().contains(countText(fewer.size())));
        HttpResponse<String> installed = senior.get("/admin");
        assertFalse("a senior lead does not administer the MIS", installed.body().contains("id=\"installed-plugins\""));
    }

    @Test
    public void teachersAndPractitionersAreRefusedAndAdministratorsSeeNoFigure() {
        Await.until("health UP", Duration.ofSeconds(30), () -> new WebSession(base()).get("/system/health").statusCode() == 200);
        for (String user : List.of("teacher", "practitioner")) {
            HttpResponse<String> refused = new WebSession(base()).signIn(user).get("/thrive/early-warning");
            assertEquals(user, 403, refused.statusCode());
            assertTrue(user + ": the reason", refused.body().contains("govuk-inset-text"));
            assertFalse(user + ": no pupils", refused.body().contains("id=\"early-warning\""));
            assertFalse(user + ": no count", refused.body().contains("id=\"warning-count\""));
            assertEquals(user + ": no admin area", 403, new WebSession(base()).signIn(user).get("/admin").statusCode());
        }
        String admin = new WebSession(base()).signIn("admin").get("/admin").body();
        assertTrue(admin.contains("href=\"/thrive/early-warning\""));
        assertTrue(admin.contains("For senior leads"));
        assertFalse(admin.contains("to look at"));
        assertTrue("an administrator still has the installed plugins", admin.contains("id=\"installed-plugins\""));
    }

    @Test
    public void theTrustWideLeadSeesEachPupilsSchoolAndFiltersBySchool() throws Exception {
        Await.until("health UP", Duration.ofSeconds(30), () -> new WebSession(base()).get("/system/health").statusCode() == 200);
        WebSession trust = new WebSession(base()).signIn("trust");
        configure(5.0);
        Set<String> hawthorn = dropped(5.0, 4, "hawthorn");
        Set<String> elmfield = dropped(5.0, 4, "elmfield");
        assertFalse("both schools have pupils whose attendance fell", hawthorn.isEmpty() || elmfield.isEmpty());
        Set<String> both = new TreeSet<>(hawthorn);
        both.addAll(elmfield);
        Await.until("the trust's list for a 5-point drop", Duration.ofSeconds(30), () -> listed(trust).equals(both));

        String page = trust.get("/thrive/early-warning").body();
        assertEquals(both.size(), count(page));
        assertTrue("a School column", page.contains("<th scope=\"col\" class=\"govuk-table__header\">School</th>"));
        Map<String, String> schoolOfRow = schoolsOfRows(page);
        for (String id : both) {
            assertEquals(id, hawthorn.contains(id) ? "Hawthorn Primary School" : "Elmfield Primary School",
                    schoolOfRow.get(id));
        }
        assertTrue("a school filter", page.contains("id=\"school\""));
        assertTrue("the admin area counts every school the lead covers",
                trust.get("/admin").body().contains(countText(both.size())));

        String elm = trust.get("/thrive/early-warning?school=elmfield").body();
        assertEquals(elmfield, listed(elm));
        assertTrue(elm, elm.contains(">" + (elmfield.size() == 1 ? "1 pupil" : elmfield.size() + " pupils")
                + " at Elmfield Primary School<"));
        assertEquals("a school the lead does not cover is ignored", both,
                listed(trust.get("/thrive/early-warning?school=nowhere").body()));

        String hawthornLead = new WebSession(base()).signIn("senior").get("/thrive/early-warning").body();
        assertEquals(hawthorn, listed(hawthornLead));
        assertFalse("one school: no School column", hawthornLead.contains(">School</th>"));
        assertFalse("one school: no filter", hawthornLead.contains("id=\"school\""));
    }

    /** Each row's pupil id and the School cell after its name. */
    private static Map<String, String> schoolsOfRows(String page) {
        Map<String, String> result = new HashMap<>();
        Matcher row = Pattern.compile("<tr class=\"govuk-table__row\">\\s*<th scope=\"row\"[^>]*>[^<]*</th>\\s*"
                + "<td class=\"govuk-table__cell\">([^<]*)</td>.*?href=\"/pupils/([^\"?]+)\\?tab=thrive-profile\"",
                Pattern.DOTALL).matcher(page);
        while (row.find()) {
            result.put(java.net.URLDecoder.decode(row.group(2), java.nio.charset.StandardCharsets.UTF_8), row.group(1));
        }
        return result;
    }

    private void configure(double dropPoints) throws Exception {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("dropPoints", dropPoints);
        props.put("recentWeeks", 4);
        props.put("profileMonths", 6);
        configAdmin.getConfiguration(PID, "?").update(props);
    }

    /** The pupils on the page, by the link to their Thrive tab. */
    private static Set<String> listed(WebSession s) {
        return listed(s.get("/thrive/early-warning").body());
    }

    private static Set<String> listed(String page) {
        Set<String> ids = new TreeSet<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            ids.add(java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return ids;
    }

    private static int count(String page) {
        Matcher m = COUNT.matcher(page);
        assertTrue("the count on the page", m.find());
        return Integer.parseInt(m.group(1));
    }

    private static String countText(int n) {
        return n == 1 ? "1 pupil to look at" : n + " pupils to look at";
    }

    /**
     * The rule the page states, worked out from the host's registers: attendance from Monday
     * {@code weeks - 1} weeks ago up to today against 1 September up to then.
     */
    private Set<String> dropped(double points, int weeks) {
        // the demo senior lead is Hawthorn's: in the sample trust they see Hawthorn's pupils only
        return dropped(points, weeks, "hawthorn");
    }

    private Set<String> dropped(double points, int weeks, String school) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate recentStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        Map<String, List<String>> before = new HashMap<>();
        Map<String, List<String>> recent = new HashMap<>();
        List<String> ids = pupils.all().stream().map(Pupil::id)
                .filter(id -> schools.schoolOfPupil(id).equals(java.util.Optional.of(school))).toList();
        for (AttendanceMark m : attendance.marks(ids, Term.yearStart(today), today)) {
            (m.date().isBefore(recentStart) ? before : recent).computeIfAbsent(m.pupilId(), k -> new ArrayList<>())
                    .add(m.code());
        }
        Set<String> result = new TreeSet<>();
        for (String id : ids) {
            OptionalDouble b = AttendanceStatistics.of(before.getOrDefault(id, List.of())).percentage();
            OptionalDouble r = AttendanceStatistics.of(recent.getOrDefault(id, List.of())).percentage();
            if (b.isPresent() && r.isPresent() && b.getAsDouble() - r.getAsDouble() >= points) {
                result.add(id);
            }
        }
        return result;
    }
}
