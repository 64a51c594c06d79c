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
 * The screening JSON API on the product jar, with the pages' rules: the Year 3 Oak teacher opens,
 * marks and closes; a practitioner reads but cannot mark; office staff and admins see nothing; a
 * pupil without consent cannot be marked; a save without If-Match is 428, a stale save of a cell
 * someone else changed is 409 and overwrites nothing.
 */
class ScreeningApiRolesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PUPIL_LINK = Pattern.compile("href=\"/pupils/([^\"?/]+)\"");
    private static final String OAK = "/api/v1/classes/year-3-oak/screening";
    private static ProductProcess product;
    private static String consented;

    @BeforeAll
    static void start() {
        Path work = Settings.workDir("screening-api-roles-it");
        product = ProductProcess.start(work, work.resolve("data-" + System.nanoTime()));
        WebSession office = session("office");
        Matcher m = PUPIL_LINK.matcher(office.get("/classes/year-3-oak").body());
        Set<String> oak = new LinkedHashSet<>();
        while (m.find()) {
            oak.add(m.group(1));
        }
        consented = oak.iterator().next();
        HttpResponse<String> r = office.postJson("/api/v1/pupils/" + consented + "/consents", "{\"decision\":\"GIVEN\","
                + "\"scopes\":[\"INDIVIDUAL_ASSESSMENT\"],\"personName\":\"Pat Parent\",\"relationship\":\"PARENT\","
                + "\"decidedOn\":\"" + LocalDate.now() + "\",\"note\":\"\"}");
        assertEquals(201, r.statusCode(), r.body());
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

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    private static String marks(String pupil, List<String> statements, String level) {
        List<String> each = new ArrayList<>();
        statements.forEach(s -> each.add("{\"pupilId\":\"" + pupil + "\",\"statementId\":\"" + s + "\",\"level\":\""
                + level + "\"}"));
        return "{\"marks\":[" + String.join(",", each) + "]}";
    }

    @Test
    void theTeacherScreensThroughTheApiAndOthersOnlyAsFarAsTheirRoleGoes() {
        WebSession teacher = session("teacher");
        WebSession practitioner = session("practitioner");
        WebSession senior = session("senior");

        HttpResponse<String> opened = teacher.sendJson("POST", OAK, "{\"term\":\"SUMMER\"}", Map.of());
        assertEquals(201, opened.statusCode(), opened.body());
        String round = opened.headers().firstValue("Location").orElseThrow();
        assertEquals(400, teacher.sendJson("POST", OAK, "{\"term\":\"SUMMER\"}", Map.of()).statusCode(),
                "one round per term");
        for (String user : List.of("office", "admin")) {
            assertEquals(403, session(user).get(round).statusCode(), user);
        }

        HttpResponse<String> grid = practitioner.get(round);
        assertEquals(200, grid.statusCode(), grid.body());
        assertEquals("\"1\"", grid.headers().firstValue("ETag").orElseThrow());
        JsonNode pupils = json(grid).get("pupils");
        JsonNode mine = null;
        JsonNode other = null;
        for (JsonNode p : pupils) {
            if (p.get("pupilId").asText().equals(consented)) {
                mine = p;
            } else if (other == null) {
                other = p;
            }
        }
        assertTrue(mine != null && mine.get("consent").asBoolean(), grid.body());
        assertTrue(!other.get("consent").asBoolean());
        List<String> statements = new ArrayList<>();
        mine.get("statementIds").forEach(s -> statements.add(s.asText()));
        String first = marks(consented, statements.subList(0, 1), "EMERGING");

        assertEquals(403, practitioner.sendJson("PUT", round + "/marks", first, Map.of("If-Match", "\"1\""))
                .statusCode(), "practitioners read screening, teachers and senior leads mark it");
        assertEquals(428, teacher.sendJson("PUT", round + "/marks", first, Map.of()).statusCode());
        HttpResponse<String> noConsent = teacher.sendJson("PUT", round + "/marks", marks(other.get("pupilId").asText(),
                List.of(statements.get(0)), "SECURE"), Map.of("If-Match", "\"1\""));
        assertEquals(400, noConsent.statusCode());
        assertTrue(noConsent.body().contains("no current parental consent"), noConsent.body());

        HttpResponse<String> saved = teacher.sendJson("PUT", round + "/marks", first, Map.of("If-Match", "\"1\""));
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(2, json(saved).get("version").asInt());
        HttpResponse<String> stale = senior.sendJson("PUT", round + "/marks",
                marks(consented, statements.subList(0, 1), "NOT_YET"), Map.of("If-Match", "\"1\""));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(json(stale).get("changes").get(0).asText().contains("you chose Not yet"), stale.body());
        assertEquals("EMERGING", json(teacher.get(round)).get("pupils").findValues("marks").stream()
                .filter(n -> n.has(statements.get(0))).findFirst().orElseThrow().get(statements.get(0)).asText());

        HttpResponse<String> all = teacher.sendJson("PUT", round + "/marks", marks(consented, statements, "SECURE"),
                Map.of("If-Match", "\"2\""));
        assertEquals(200, all.statusCode(), all.body());
        String version = all.headers().firstValue("ETag").orElseThrow();
        assertEquals(403, practitioner.sendJson("POST", round + "/close", null, Map.of("If-Match", version))
                .statusCode());
        HttpResponse<String> closed = teacher.sendJson("POST", round + "/close", null, Map.of("If-Match", version));
        assertEquals(200, closed.statusCode(), closed.body());
        JsonNode profile = json(practitioner.get(round + "/profile"));
        long screened = 0;
        for (JsonNode p : profile.get("pupils")) {
            screened += p.get("screened").asBoolean() ? 1 : 0;
        }
        assertEquals(1, screened);
        assertEquals(1, json(teacher.get(OAK)).size());
    }
}
