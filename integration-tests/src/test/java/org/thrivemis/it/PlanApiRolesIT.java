package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thrivemis.it.support.ProductProcess;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;

/**
 * Every demo role against every action-plan endpoint of the JSON API, on the product jar:
 * practitioners and senior leads do everything; the Year 3 Oak teacher reads Oak's pupils' plans
 * only; office staff and admins nothing. Every forbidden call answers 403 in the API's error shape
 * and leaves the plans exactly as they were.
 */
class PlanApiRolesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PUPIL_LINK = Pattern.compile("href=\"/pupils/([^\"?/]+)\"");
    private static final String PLAN_BODY = "{\"targets\":[{\"strand\":\"BEING\",\"text\":\"Settles with an adult\"}],"
            + "\"activities\":[{\"setting\":\"HOME\",\"text\":\"Bedtime story\"}],\"startDate\":\""
            + LocalDate.now().minusDays(1) + "\"}";
    private static ProductProcess product;
    private static String oakPupil;
    private static String otherPupil;
    private static long assessmentId;

    @BeforeAll
    static void start() {
        Path work = Settings.workDir("plan-api-roles-it");
        product = ProductProcess.start(work, work.resolve("data-" + System.nanoTime()));
        WebSession practitioner = session("practitioner");
        Set<String> oak = pupilsIn(practitioner.get("/classes/year-3-oak").body());
        oakPupil = oak.iterator().next();
        otherPupil = pupilsIn(practitioner.get("/pupils").body()).stream().filter(p -> !oak.contains(p)).findFirst()
                .orElseThrow();
        String yesterday = LocalDate.now().minusDays(1).toString();
        for (String pupil : List.of(oakPupil, otherPupil)) {
            expect(201, practitioner.postJson("/api/v1/pupils/" + pupil + "/consents", "{\"decision\":\"GIVEN\","
                    + "\"scopes\":[\"INDIVIDUAL_ASSESSMENT\",\"ACTION_PLAN\"],\"personName\":\"Pat Parent\","
                    + "\"relationship\":\"PARENT\",\"decidedOn\":\"" + yesterday + "\",\"note\":\"\"}"));
        }
        JsonNode draft = json(expect(201, practitioner.sendJson("POST", "/api/v1/pupils/" + oakPupil + "/profiles",
                "{\"kind\":\"BASELINE\",\"reason\":\"\",\"assessedOn\":\"" + yesterday + "\"}", Map.of())));
        assessmentId = draft.get("id").asLong();
        Map<String, String> levels = new LinkedHashMap<>();
        draft.get("result").get("strands").forEach(s -> s.get("gaps").forEach(g -> levels.put(g.asText(),
                "being-02".equals(g.asText()) ? "NOT_YET" : "SECURE")));
        String profile = "/api/v1/profiles/" + assessmentId;
        expect(200, practitioner.sendJson("PUT", profile, write(Map.of("levels", levels)), Map.of("If-Match", "\"1\"")));
        expect(200, practitioner.sendJson("POST", profile + "/complete", null, Map.of("If-Match", "\"2\"")));
    }

    @AfterAll
    static void stop() {
        if (product != null) {
            product.close();
        }
    }

    @Test
    void everyRoleAgainstEveryPlanEndpoint() {
        WebSession practitioner = session("practitioner");
        record Role(String user, boolean readsOak, boolean readsOther, boolean writes) {
        }
        List<Role> roles = List.of(new Role("office", false, false, false), new Role("teacher", true, false, false),
                new Role("practitioner", true, true, true), new Role("senior", true, true, true),
                new Role("admin", false, false, false));
        List<String> wrong = new ArrayList<>();
        String pupilPlans = "/api/v1/pupils/" + oakPupil + "/plans";
        for (Role role : roles) {
            WebSession s = session(role.user());
            long id = json(expect(201, practitioner.sendJson("POST", pupilPlans, createBody(), Map.of())))
                    .get("id").asLong();
            String plan = "/api/v1/plans/" + id;
            String before = practitioner.sendJson("GET", pupilPlans, null, Map.of()).body();
            boolean w = role.writes();

            check(wrong, role.user() + " GET oak pupil's plans", role.readsOak() ? 200 : 403,
                    s.sendJson("GET", pupilPlans, null, Map.of()));
            check(wrong, role.user() + " GET other pupil's plans", role.readsOther() ? 200 : 403,
                    s.sendJson("GET", "/api/v1/pupils/" + otherPupil + "/plans", null, Map.of()));
            check(wrong, role.user() + " GET plan", role.readsOak() ? 200 : 403, s.sendJson("GET", plan, null, Map.of()));
            check(wrong, role.user() + " GET suggestions", w ? 200 : 403,
                    s.sendJson("GET", pupilPlans + "/suggestions?assessmentId=" + assessmentId, null, Map.of()));
            check(wrong, role.user() + " POST create", w ? 201 : 403, s.sendJson("POST", pupilPlans, createBody(),
                    Map.of()));
            check(wrong, role.user() + " PUT plan", w ? 200 : 403,
                    s.sendJson("PUT", plan, PLAN_BODY, Map.of("If-Match", "\"1\"")));
            check(wrong, role.user() + " POST activate", w ? 200 : 403,
                    s.sendJson("POST", plan + "/activate", null, Map.of("If-Match", w ? "\"2\"" : "\"1\"")));
            check(wrong, role.user() + " POST reviews", w ? 200 : 403, s.sendJson("POST", plan + "/reviews",
                    "{\"reviewedOn\":\"" + LocalDate.now() + "\",\"progress\":[\"SOME\"],\"notes\":\"\"}",
                    Map.of("If-Match", w ? "\"3\"" : "\"1\"")));
            check(wrong, role.user() + " POST continue", w ? 200 : 403,
                    s.sendJson("POST", plan + "/continue", null, Map.of("If-Match", w ? "\"4\"" : "\"1\"")));
            check(wrong, role.user() + " POST close", w ? 200 : 403,
                    s.sendJson("POST", plan + "/close", null, Map.of("If-Match", w ? "\"5\"" : "\"1\"")));

            if (!w) {
                String after = practitioner.sendJson("GET", pupilPlans, null, Map.of()).body();
                if (!before.equals(after)) {
                    wrong.add(role.user() + ": a forbidden call changed something: " + before + " -> " + after);
                }
            } else {
                JsonNode done = json(practitioner.sendJson("GET", plan, null, Map.of()));
                if (!"CLOSED".equals(done.get("status").asText()) || done.get("reviews").size() != 1) {
                    wrong.add(role.user() + ": the plan did not go through the whole cycle: " + done);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** A new plan from the completed assessment. */
    private static String createBody() {
        return "{\"assessmentId\":" + assessmentId + "," + PLAN_BODY.substring(1);
    }

    private static WebSession session(String user) {
        WebSession s = new WebSession(product.baseUrl()).signIn(user);
        s.get("/pupils"); // a page with the sign-out form: the session's CSRF token
        return s;
    }

    private static Set<String> pupilsIn(String html) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = PUPIL_LINK.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
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

    private static void check(List<String> wrong, String what, int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            wrong.add(what + ": expected " + status + ", got " + r.statusCode() + " " + r.body());
        } else if (status == 403 && !json(r).has("error")) {
            wrong.add(what + ": 403 without the API's error shape: " + r.body());
        }
    }
}
