package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.ProductProcess;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.ThriveApi;
import org.thrivemis.it.support.WebSession;

/**
 * The README's run command with {@code -Dthrive.demo=true}: the product jar seeds the sample school's
 * Thrive data in the background, and the demo teacher, practitioner and senior lead see it on their
 * pages; a restart over the same data adds nothing. Without the property nothing is seeded.
 */
class DemoDataIT {
    private static final Pattern PUPIL_LINK = Pattern.compile("href=\"/pupils/([^\"?/]+)\"");
    private static final Pattern ROUND_LINK = Pattern.compile("href=\"(/thrive/screening/\\d+)\"");
    private static final Pattern SCHOOL_PLANS = Pattern.compile("(?m)^School,Whole school,(\\d+),");
    private static final String OAK = "/classes/year-3-oak";
    private static final Duration SEEDING = Duration.ofMinutes(3);
    /** The host's staff id of the demo {@code office} account, who records the demo's consent. */
    private static final String DEMO_OFFICE = "S001";

    @Test
    void withTheDemoPropertyTheSchoolIsSeededOnceAndARestartAddsNothing() {
        Path work = Settings.workDir("demo-data-it");
        Path data = work.resolve("data-" + System.nanoTime());
        List<Integer> first;
        try (ProductProcess product = ProductProcess.start(work, data, "-Dthrive.demo=true")) {
            Await.until("the demo data to be seeded; log:\n" + product.tail(), SEEDING,
                    () -> product.logContains("Thrive demo data: seeded in"));
            assertFalse(product.logContains("the domain refused"), "every step took the domain's path:\n" + product.tail());

            // the demo teacher's class page: consent, stages, plans and this term's screening
            String oak = session(product, "teacher").get(OAK).body();
            assertTrue(count(oak, "(age-expected: ") >= 8, "stages for a good share of Year 3 Oak");
            assertTrue(oak.contains("Below age-expected"), "some below their age-expected stage");
            assertTrue(count(oak, "Active plan, review ") >= 2, "action plans in Year 3 Oak");
            assertTrue(count(oak, "Screening: ") >= 20, "the class's closed screening round");
            assertTrue(oak.contains("Not recorded") && oak.contains("Withdrawn"), "a form still out and a refusal");

            // a pupil's Thrive tab: a profile with its strand chart, and somewhere progress over two profiles
            WebSession practitioner = session(product, "practitioner");
            boolean strandChart = false;
            boolean progress = false;
            for (String pupil : pupilsOf(oak)) {
                String tab = practitioner.get("/pupils/" + pupil + "?tab=thrive-profile").body();
                strandChart |= tab.contains("id=\"strand-chart-title\"");
                progress |= tab.contains("id=\"progress-chart-title\"");
            }
            assertTrue(strandChart, "a Year 3 Oak pupil's profile with its strand chart");
            assertTrue(progress, "a Year 3 Oak pupil with two profiles shows progress over time");

            // the class profile of Oak's closed round: the heat map
            String rounds = session(product, "teacher").get("/thrive/classes/year-3-oak/screening").body();
            Matcher round = ROUND_LINK.matcher(rounds);
            assertTrue(round.find(), "a screening round of Year 3 Oak");
            assertTrue(session(product, "teacher").get(round.group(1)).body().contains("id=\"heat-map\""),
                    "the class profile's heat map");

            first = counts(product);
            assertTrue(first.get(0) >= 10, "pupils with a plan in the impact evaluation: " + first);
        }
        try (ProductProcess again = ProductProcess.start(work, data, "-Dthrive.demo=true")) {
            Await.until("the demo bundle to find the data; log:\n" + again.tail(), SEEDING,
                    () -> again.logContains("Thrive demo data: the Thrive database already holds data"));
            assertEquals(first, counts(again), "a restart adds nothing: plans, stages, plan cells, screening, consent");
            // nobody signs in as the office here: any consent read in its name is the demo's own check
            HttpResponse<String> reads = session(again, "admin").sendJson("GET",
                    "/api/v1/audit?staff=" + DEMO_OFFICE + "&action=consent.read&limit=500", null, Map.of());
            assertEquals(200, reads.statusCode(), reads.body());
            JsonNode entries = ThriveApi.json(reads).get("entries");
            assertEquals(0, entries.size(), "the demo's start check reads no pupil's consent, at the first start or"
                    + " after the restart; the trail shows " + entries.size() + " such reads, e.g. "
                    + (entries.isEmpty() ? "" : entries.get(0)));
            HttpResponse<String> recorded = session(again, "admin").sendJson("GET",
                    "/api/v1/audit?staff=" + DEMO_OFFICE + "&action=consent.record&limit=5", null, Map.of());
            assertFalse(ThriveApi.json(recorded).get("entries").isEmpty(),
                    "the query does find the office's entries: its consent records from seeding");
        }
    }

    @Test
    void withoutThePropertyNothingIsSeeded() {
        Path work = Settings.workDir("demo-data-it");
        try (ProductProcess product = ProductProcess.start(work, work.resolve("data-" + System.nanoTime()))) {
            Await.until("the demo bundle to say it is off; log:\n" + product.tail(), Duration.ofMinutes(1),
                    () -> product.logContains("Thrive demo data: off"));
            String oak = session(product, "teacher").get(OAK).body();
            assertTrue(count(oak, "Not recorded") >= 30, "no consent recorded in Year 3 Oak");
            assertEquals(0, count(oak, ">Given<"), "no consent recorded in Year 3 Oak");
            assertEquals(0, count(oak, "(age-expected: ") + count(oak, "Active plan, review ") + count(oak, "Screening: "));
            assertEquals(List.of(0, 0, 0, 0, 0), counts(product));
        }
    }

    /** What a senior lead sees: pupils with a plan (impact CSV) and, on Year 3 Oak's page, stages, plans, screening, consent given. */
    private static List<Integer> counts(ProductProcess product) {
        WebSession senior = session(product, "senior");
        HttpResponse<String> csv = senior.get("/thrive/impact.csv");
        assertEquals(200, csv.statusCode(), csv.body());
        Matcher m = SCHOOL_PLANS.matcher(csv.body());
        assertTrue(m.find(), "the whole-school line of the impact CSV:\n" + csv.body());
        String oak = senior.get(OAK).body();
        List<Integer> counts = new ArrayList<>();
        counts.add(Integer.parseInt(m.group(1)));
        counts.add(count(oak, "(age-expected: "));
        counts.add(count(oak, "Active plan, review "));
        counts.add(count(oak, "Screening: "));
        counts.add(count(oak, ">Given<"));
        return counts;
    }

    private static Set<String> pupilsOf(String classPage) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = PUPIL_LINK.matcher(classPage);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertEquals(30, ids.size(), "the 30 pupils of Year 3 Oak");
        return ids;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static WebSession session(ProductProcess product, String user) {
        WebSession s = new WebSession(product.baseUrl()).signIn(user);
        s.get("/pupils"); // a page with the sign-out form: the session's CSRF token
        return s;
    }
}
