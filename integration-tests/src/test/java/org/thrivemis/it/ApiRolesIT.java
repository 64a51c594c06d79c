package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.it.support.ThriveApi.expect;
import static org.thrivemis.it.support.ThriveApi.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thrivemis.it.support.ProductProcess;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.ThriveApi;
import org.thrivemis.it.support.WebSession;

/**
 * The role × action matrix of the issue, through every endpoint of the JSON API on the product
 * jar: office staff, the teacher of the pupil's class, a teacher of another class, a practitioner,
 * a senior lead, an admin and nobody signed in, against consents, profiles, plans (reviews
 * included) and the audit search. Allowed calls answer 200/201; forbidden ones 403 in the API's
 * error shape (401 signed out) and change nothing: the pupil's consents, profiles and plans read
 * the same afterwards.
 */
class ApiRolesIT {
    private static final String PLAN_BODY = "{\"targets\":[{\"strand\":\"BEING\",\"text\":\"Settles with an adult\"}],"
            + "\"activities\":[{\"setting\":\"HOME\",\"text\":\"Bedtime story\"}],\"startDate\":\""
            + LocalDate.now().minusDays(1) + "\"}";
    private static ProductProcess product;
    private static WebSession senior;
    private static WebSession practitioner;
    private static String oakPupil;
    private static String otherPupil;
    private static final Map<String, Long> CONSENT_RECORD = new HashMap<>();
    private static final Map<String, Long> COMPLETED = new HashMap<>();

    /** What a call needs, as the domain's Action table grants it. */
    enum Right { CONSENT_READ, CONSENT_RECORD, READ, WRITE, AUDIT }

    /**
     * One caller of the matrix: a demo account (none when signed out) and the pupil it calls about.
     *
     * @param staffId the demo account's staff id, to find its audit entries
     */
    record Caller(String label, String user, String staffId, boolean teachesPupil) {
        boolean may(Right right) {
            if (user == null) {
                return false;
            }
            return switch (right) {
                case CONSENT_READ -> List.of("office", "practitioner", "senior").contains(user)
                        || ("teacher".equals(user) && teachesPupil);
                case CONSENT_RECORD -> List.of("office", "practitioner", "senior").contains(user);
                case READ -> List.of("practitioner", "senior").contains(user) || ("teacher".equals(user) && teachesPupil);
                case WRITE -> List.of("practitioner", "senior").contains(user);
                case AUDIT -> List.of("senior", "admin").contains(user);
            };
        }

        int status(Right right, int allowed) {
            return user == null ? 401 : may(right) ? allowed : 403;
        }

        String pupil() {
            return "teacher".equals(user) && !teachesPupil ? otherPupil : oakPupil;
        }

        WebSession session() {
            return user == null ? ThriveApi.signedOut(product) : ThriveApi.session(product, user);
        }
    }

    private static final List<Caller> CALLERS = List.of(new Caller("office", "office", "S001", false),
            new Caller("teacher of the class", "teacher", "S002", true),
            new Caller("teacher of another class", "teacher", "S002", false),
            new Caller("practitioner", "practitioner", "S003", false), new Caller("senior lead", "senior", "S004", false),
            new Caller("admin", "admin", "S005", false), new Caller("signed out", null, "", false));

    @BeforeAll
    static void start() {
        Path work = Settings.workDir("api-roles-it");
        product = ProductProcess.start(work, work.resolve("data-" + System.nanoTime()));
        senior = ThriveApi.session(product, "senior");
        practitioner = ThriveApi.session(product, "practitioner");
        List<String> pupils = ThriveApi.oakAndOtherPupil(practitioner);
        oakPupil = pupils.get(0);
        otherPupil = pupils.get(1);
        for (String pupil : pupils) {
            CONSENT_RECORD.put(pupil, ThriveApi.giveConsent(practitioner, pupil, "INDIVIDUAL_ASSESSMENT", "ACTION_PLAN")
                    .get("id").asLong());
            COMPLETED.put(pupil, ThriveApi.completedProfile(practitioner, pupil));
        }
    }

    @AfterAll
    static void stop() {
        if (product != null) {
            product.close();
        }
    }

    /** Everything the API shows of the pupil's Thrive data, read by a senior lead. */
    private static String state(String pupil) {
        return String.join("\n", List.of("/consents", "/profiles", "/plans").stream()
                .map(p -> expect(200, senior.sendJson("GET", "/api/v1/pupils/" + pupil + p, null, Map.of())).body())
                .toList());
    }

    private static void check(List<String> wrong, Caller c, String what, int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            wrong.add(c.label() + " " + what + ": expected " + status + ", got " + r.statusCode() + " " + r.body());
        } else if (status >= 400 && !json(r).has("error")) {
            wrong.add(c.label() + " " + what + ": " + status + " without the API's error shape: " + r.body());
        }
    }

    /** Runs the caller's calls; forbidden callers must leave the pupil's data exactly as it was. */
    private static void unchangedUnless(List<String> wrong, Caller c, boolean changes, String pupil, Runnable calls) {
        String before = state(pupil);
        calls.run();
        if (!changes && !before.equals(state(pupil))) {
            wrong.add(c.label() + ": a forbidden call changed the pupil's data:\n" + before + "\n->\n" + state(pupil));
        }
    }

    @Test
    void consents() {
        List<String> wrong = new ArrayList<>();
        for (Caller c : CALLERS) {
            WebSession s = c.session();
            String consents = "/api/v1/pupils/" + c.pupil() + "/consents";
            unchangedUnless(wrong, c, c.may(Right.CONSENT_RECORD), c.pupil(), () -> {
                check(wrong, c, "GET consents", c.status(Right.CONSENT_READ, 200), s.sendJson("GET", consents, null, Map.of()));
                check(wrong, c, "GET consent record", c.status(Right.CONSENT_READ, 200),
                        s.sendJson("GET", consents + "/" + CONSENT_RECORD.get(c.pupil()), null, Map.of()));
                check(wrong, c, "POST consent", c.status(Right.CONSENT_RECORD, 201), s.postJson(consents, ThriveApi.write(
                        Map.of("decision", "GIVEN", "scopes", List.of("INDIVIDUAL_ASSESSMENT", "ACTION_PLAN"),
                                "personName", "Sam Carer", "relationship", "CARER", "decidedOn",
                                LocalDate.now().toString(), "note", "again"))));
            });
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void profiles() {
        List<String> wrong = new ArrayList<>();
        for (Caller c : CALLERS) {
            WebSession s = c.session();
            JsonNode d = ThriveApi.draft(practitioner, c.pupil());
            String profile = "/api/v1/profiles/" + d.get("id").asLong();
            String pupilProfiles = "/api/v1/pupils/" + c.pupil() + "/profiles";
            boolean w = c.may(Right.WRITE);
            unchangedUnless(wrong, c, w, c.pupil(), () -> {
                check(wrong, c, "GET profiles", c.status(Right.READ, 200), s.sendJson("GET", pupilProfiles, null, Map.of()));
                check(wrong, c, "GET profile", c.status(Right.READ, 200), s.sendJson("GET", profile, null, Map.of()));
                check(wrong, c, "POST start", c.status(Right.WRITE, 201),
                        s.sendJson("POST", pupilProfiles, "{\"kind\":\"BASELINE\"}", Map.of()));
                check(wrong, c, "PUT levels", c.status(Right.WRITE, 200), s.sendJson("PUT", profile,
                        ThriveApi.levelsBody(d, ""), Map.of("If-Match", "\"1\"")));
                check(wrong, c, "POST complete", c.status(Right.WRITE, 200), s.sendJson("POST", profile + "/complete",
                        null, Map.of("If-Match", w ? "\"2\"" : "\"1\"")));
            });
            if (w && !"COMPLETED".equals(json(senior.sendJson("GET", profile, null, Map.of())).get("status").asText())) {
                wrong.add(c.label() + ": the profile was not completed");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void plansAndReviews() {
        List<String> wrong = new ArrayList<>();
        for (Caller c : CALLERS) {
            WebSession s = c.session();
            String pupilPlans = "/api/v1/pupils/" + c.pupil() + "/plans";
            Supplier<String> create = () -> "{\"assessmentId\":" + COMPLETED.get(c.pupil()) + "," + PLAN_BODY.substring(1);
            long id = json(expect(201, practitioner.sendJson("POST", pupilPlans, create.get(), Map.of()))).get("id").asLong();
            String plan = "/api/v1/plans/" + id;
            boolean w = c.may(Right.WRITE);
            unchangedUnless(wrong, c, w, c.pupil(), () -> {
                check(wrong, c, "GET plans", c.status(Right.READ, 200), s.sendJson("GET", pupilPlans, null, Map.of()));
                check(wrong, c, "GET plan", c.status(Right.READ, 200), s.sendJson("GET", plan, null, Map.of()));
                check(wrong, c, "GET suggestions", c.status(Right.WRITE, 200), s.sendJson("GET", pupilPlans
                        + "/suggestions?assessmentId=" + COMPLETED.get(c.pupil()), null, Map.of()));
                check(wrong, c, "POST create", c.status(Right.WRITE, 201), s.sendJson("POST", pupilPlans, create.get(),
                        Map.of()));
                check(wrong, c, "PUT plan", c.status(Right.WRITE, 200), s.sendJson("PUT", plan, PLAN_BODY,
                        Map.of("If-Match", "\"1\"")));
                check(wrong, c, "POST activate", c.status(Right.WRITE, 200), s.sendJson("POST", plan + "/activate", null,
                        Map.of("If-Match", w ? "\"2\"" : "\"1\"")));
                check(wrong, c, "POST review starting a behaviour profile", c.status(Right.WRITE, 200), s.sendJson("POST",
                        plan + "/reviews", "{\"reviewedOn\":\"" + LocalDate.now() + "\",\"progress\":[\"SOME\"],"
                                + "\"notes\":\"\",\"newAssessment\":\"BEHAVIOUR\"}",
                        Map.of("If-Match", w ? "\"3\"" : "\"1\"")));
                check(wrong, c, "POST continue", c.status(Right.WRITE, 200), s.sendJson("POST", plan + "/continue", null,
                        Map.of("If-Match", w ? "\"4\"" : "\"1\"")));
                check(wrong, c, "POST close", c.status(Right.WRITE, 200), s.sendJson("POST", plan + "/close", null,
                        Map.of("If-Match", w ? "\"5\"" : "\"1\"")));
            });
            if (w) {
                JsonNode done = json(senior.sendJson("GET", plan, null, Map.of()));
                JsonNode review = done.get("reviews").get(0);
                JsonNode started = json(senior.sendJson("GET", "/api/v1/profiles/" + review.get("newAssessmentId").asLong(),
                        null, Map.of()));
                if (!"CLOSED".equals(done.get("status").asText()) || done.get("reviews").size() != 1
                        || !"BEHAVIOUR".equals(started.get("kind").asText()) || !"DRAFT".equals(started.get("status").asText())
                        || !started.get("reason").asText().endsWith("of action plan " + id)) {
                    wrong.add(c.label() + ": the plan did not go through the whole cycle with its new profile: " + done
                            + "\n" + started);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void auditSearch() {
        List<String> wrong = new ArrayList<>();
        for (Caller c : CALLERS) {
            WebSession s = c.session();
            unchangedUnless(wrong, c, false, c.pupil(), () -> check(wrong, c, "GET audit", c.status(Right.AUDIT, 200),
                    s.sendJson("GET", "/api/v1/audit?pupil=" + c.pupil() + "&limit=5", null, Map.of())));
            if (c.user() != null && !c.may(Right.AUDIT)) {
                JsonNode refusals = json(expect(200, senior.sendJson("GET", "/api/v1/audit?action=audit.search&staff="
                        + c.staffId() + "&limit=500", null, Map.of()))).get("entries");
                boolean audited = false;
                for (JsonNode e : refusals) {
                    audited |= "DENIED".equals(e.get("outcome").asText()) && e.get("pupilId").asText().equals(c.pupil());
                }
                if (!audited) {
                    wrong.add(c.label() + ": the refused audit search is not on the audit trail: " + refusals);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void auditPagesFollowOnWithoutRepeats() {
        // the set-up alone leaves a dozen entries about the pupil
        JsonNode first = json(expect(200, senior.sendJson("GET", "/api/v1/audit?pupil=" + oakPupil + "&limit=3", null,
                Map.of())));
        assertEquals(3, first.get("entries").size(), first.toString());
        assertFalse(first.get("next").isNull(), first.toString());
        JsonNode second = json(expect(200, senior.sendJson("GET", first.get("next").asText(), null, Map.of())));
        List<Long> ids = new ArrayList<>();
        first.get("entries").forEach(e -> ids.add(e.get("id").asLong()));
        second.get("entries").forEach(e -> {
            assertEquals(oakPupil, e.get("pupilId").asText());
            assertFalse(ids.contains(e.get("id").asLong()), "entry " + e + " repeated");
        });
        assertTrue(second.get("entries").size() > 0, second.toString());
        JsonNode bad = json(expect(400, senior.sendJson("GET", "/api/v1/audit?from=2026-13-01", null, Map.of())));
        assertEquals("from", bad.get("errors").get(0).get("field").asText());
    }
}
