package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
 * Every demo role against every profile endpoint of the JSON API, on the product jar: practitioners
 * and senior leads do everything; the Year 3 Oak teacher reads Oak's pupils only; office staff and
 * admins nothing. Every forbidden call answers 403 and leaves the profile exactly as it was.
 */
class ProfileApiRolesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PUPIL_LINK = Pattern.compile("href=\"/pupils/([^\"?/]+)\"");
    private static ProductProcess product;
    private static String oakPupil;
    private static String otherPupil;

    @BeforeAll
    static void start() {
        Path work = Settings.workDir("profile-api-roles-it");
        product = ProductProcess.start(work, work.resolve("data-" + System.nanoTime()));
        WebSession office = session("office");
        Set<String> oak = pupilsIn(office.get("/classes/year-3-oak").body());
        oakPupil = oak.iterator().next();
        otherPupil = pupilsIn(office.get("/pupils").body()).stream().filter(p -> !oak.contains(p)).findFirst()
                .orElseThrow();
        for (String pupil : List.of(oakPupil, otherPupil)) {
            String tab = "/pupils/" + pupil + "?tab=thrive-profile";
            office.get(tab);
            HttpResponse<String> r = office.postForm(tab, Map.of("decision", "GIVEN", "scopes", "INDIVIDUAL_ASSESSMENT",
                    "personName", "Pat Parent", "relationship", "PARENT", "decidedOn-day", "2", "decidedOn-month", "11",
                    "decidedOn-year", "2026", "note", ""));
            assertEquals(303, r.statusCode(), r.body());
        }
    }

    @AfterAll
    static void stop() {
        if (product != null) {
            product.close();
        }
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

    /** A fresh draft of the pupil, started by the practitioner. */
    private static JsonNode draft(WebSession practitioner, String pupil) {
        HttpResponse<String> r = practitioner.sendJson("POST", "/api/v1/pupils/" + pupil + "/profiles",
                "{\"kind\":\"BASELINE\"}", Map.of());
        assertEquals(201, r.statusCode(), r.body());
        return json(r);
    }

    /** Every statement of the draft (its gaps, as nothing is marked yet) at SECURE, as a PUT body. */
    private static String allSecure(JsonNode draft) {
        Map<String, String> levels = new LinkedHashMap<>();
        draft.get("result").get("strands").forEach(s -> s.get("gaps").forEach(g -> levels.put(g.asText(), "SECURE")));
        try {
            return JSON.writeValueAsString(Map.of("levels", levels));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyRoleAgainstEveryProfileEndpoint() {
        WebSession practitioner = session("practitioner");
        record Role(String user, boolean readsOak, boolean readsOther, boolean writes) {
        }
        List<Role> roles = List.of(new Role("office", false, false, false), new Role("teacher", true, false, false),
                new Role("practitioner", true, true, true), new Role("senior", true, true, true),
                new Role("admin", false, false, false));
        List<String> wrong = new ArrayList<>();
        for (Role role : roles) {
            WebSession s = session(role.user());
            JsonNode d = draft(practitioner, oakPupil);
            long id = d.get("id").asLong();
            String profile = "/api/v1/profiles/" + id;
            String before = practitioner.sendJson("GET", profile, null, Map.of()).body();
            int listedBefore = json(practitioner.sendJson("GET", "/api/v1/pupils/" + oakPupil + "/profiles", null,
                    Map.of())).size();

            expect(wrong, role.user() + " GET oak pupil's profiles", role.readsOak() ? 200 : 403,
                    s.sendJson("GET", "/api/v1/pupils/" + oakPupil + "/profiles", null, Map.of()));
            expect(wrong, role.user() + " GET other pupil's profiles", role.readsOther() ? 200 : 403,
                    s.sendJson("GET", "/api/v1/pupils/" + otherPupil + "/profiles", null, Map.of()));
            expect(wrong, role.user() + " GET profile", role.readsOak() ? 200 : 403, s.sendJson("GET", profile, null, Map.of()));
            expect(wrong, role.user() + " POST start", role.writes() ? 201 : 403,
                    s.sendJson("POST", "/api/v1/pupils/" + oakPupil + "/profiles", "{\"kind\":\"BASELINE\"}", Map.of()));
            expect(wrong, role.user() + " PUT levels", role.writes() ? 200 : 403,
                    s.sendJson("PUT", profile, allSecure(d), Map.of("If-Match", "\"1\"")));
            expect(wrong, role.user() + " POST complete", role.writes() ? 200 : 403,
                    s.sendJson("POST", profile + "/complete", null, Map.of("If-Match", role.writes() ? "\"2\"" : "\"1\"")));

            if (!role.writes()) {
                String after = practitioner.sendJson("GET", profile, null, Map.of()).body();
                int listedAfter = json(practitioner.sendJson("GET", "/api/v1/pupils/" + oakPupil + "/profiles", null,
                        Map.of())).size();
                if (!before.equals(after) || listedAfter != listedBefore) {
                    wrong.add(role.user() + ": a forbidden call changed something: " + before + " -> " + after
                            + ", profiles " + listedBefore + " -> " + listedAfter);
                }
            } else {
                JsonNode done = json(practitioner.sendJson("GET", profile, null, Map.of()));
                if (!"COMPLETED".equals(done.get("status").asText())) {
                    wrong.add(role.user() + ": the profile was not completed: " + done);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static void expect(List<String> wrong, String what, int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            wrong.add(what + ": expected " + status + ", got " + r.statusCode() + " " + r.body());
        } else if (status == 403 && !json(r).has("error")) {
            wrong.add(what + ": 403 without the API's error shape: " + r.body());
        }
    }

}
