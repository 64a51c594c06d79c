package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thrivemis.it.support.ProductProcess;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;

/**
 * The impact evaluation's figures end to end, against the product jar and the reference host's
 * generated registers: a practitioner records consent, a baseline and an action plan that started
 * three weeks ago for a Year 3 Oak pupil; the senior lead's CSV then counts one pupil with a plan,
 * in the school and in Oak, with attendance before and during the plan and a comparison group.
 */
class ImpactFiguresIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PUPIL_LINK = Pattern.compile("href=\"/pupils/([^\"?/]+)\"");
    private static ProductProcess product;

    @BeforeAll
    static void start() {
        Path work = Settings.workDir("impact-figures-it");
        product = ProductProcess.start(work, work.resolve("data-" + System.nanoTime()));
    }

    @AfterAll
    static void stop() {
        if (product != null) {
            product.close();
        }
    }

    @Test
    void aPlanThatStartedThreeWeeksAgoIsCountedWithFiguresBeforeAndDuring() {
        WebSession practitioner = session("practitioner");
        Matcher m = PUPIL_LINK.matcher(practitioner.get("/classes/year-3-oak").body());
        assertTrue(m.find(), "a pupil in Year 3 Oak");
        String pupil = m.group(1);
        // a Monday three weeks back: school days before and since, whatever today is
        LocalDate start = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(3);
        LocalDate assessed = start.minusDays(3);
        expect(201, practitioner.postJson("/api/v1/pupils/" + pupil + "/consents", "{\"decision\":\"GIVEN\","
                + "\"scopes\":[\"INDIVIDUAL_ASSESSMENT\",\"ACTION_PLAN\"],\"personName\":\"Pat Parent\","
                + "\"relationship\":\"PARENT\",\"decidedOn\":\"" + assessed.minusDays(1) + "\",\"note\":\"\"}"));
        JsonNode draft = json(expect(201, practitioner.sendJson("POST", "/api/v1/pupils/" + pupil + "/profiles",
                "{\"kind\":\"BASELINE\",\"reason\":\"\",\"assessedOn\":\"" + assessed + "\"}", Map.of())));
        long assessmentId = draft.get("id").asLong();
        Map<String, String> levels = new LinkedHashMap<>();
        draft.get("result").get("strands").forEach(s -> s.get("gaps").forEach(g -> levels.put(g.asText(),
                "being-02".equals(g.asText()) ? "NOT_YET" : "SECURE")));
        String profile = "/api/v1/profiles/" + assessmentId;
        expect(200, practitioner.sendJson("PUT", profile, write(Map.of("levels", levels)), Map.of("If-Match", "\"1\"")));
        expect(200, practitioner.sendJson("POST", profile + "/complete", null, Map.of("If-Match", "\"2\"")));
        long planId = json(expect(201, practitioner.sendJson("POST", "/api/v1/pupils/" + pupil + "/plans",
                "{\"assessmentId\":" + assessmentId + ",\"targets\":[{\"strand\":\"BEING\",\"text\":\"Settles with an adult\"}],"
                        + "\"activities\":[{\"setting\":\"HOME\",\"text\":\"Bedtime story\"}],\"startDate\":\"" + start + "\"}",
                Map.of()))).get("id").asLong();
        expect(200, practitioner.sendJson("POST", "/api/v1/plans/" + planId + "/activate", null, Map.of("If-Match", "\"1\"")));

        String csv = expect(200, session("senior").get("/thrive/impact.csv")).body();

        String school = line(csv, "School,Whole school,");
        String[] cells = school.split(",", -1);
        assertEquals("1", cells[2], "one pupil with a plan: " + school);
        assertTrue(Integer.parseInt(cells[3]) > 0, "a comparison group: " + school);
        for (int i = 4; i <= 7; i++) {
            double percent = Double.parseDouble(cells[i]); // before/during, with and without a plan: all have figures
            assertTrue(percent >= 0 && percent <= 100, school);
        }
        assertEquals("", cells[8], "an active plan has no 'after': " + school);
        assertEquals("1", line(csv, "Class,Year 3 Oak,").split(",", -1)[2]);
        assertEquals("0", line(csv, "Class,Year 3 Ash,").split(",", -1)[2]);
    }

    private static String line(String csv, String prefix) {
        for (String l : csv.split("\r\n")) {
            if (l.startsWith(prefix)) {
                return l;
            }
        }
        throw new AssertionError("no line starting " + prefix + " in\n" + csv);
    }

    private static WebSession session(String user) {
        WebSession s = new WebSession(product.baseUrl()).signIn(user);
        s.get("/pupils"); // a page with the sign-out form: the session's CSRF token
        return s;
    }

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.request().method() + " " + r.uri() + ": " + r.body());
        return r;
    }
}
