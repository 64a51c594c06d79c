package org.thrivemis.web.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.web.internal.Fixtures.ROLES;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.web.internal.FakePlanService;
import org.thrivemis.web.internal.Fixtures;

/** The plan endpoints of the JSON API: shapes, versions through If-Match, and the consent API's errors. */
class PlanApiTest {
    private static final String NEW_PLAN = """
            {"assessmentId":7,"targets":[{"strand":"BEING","statementId":"being-02","text":"Settles with an adult"}],
             "activities":[{"setting":"HOME","text":"Bedtime story"}],"relationalNotes":{"ATTUNE":"Notice when quiet"},
             "startDate":"2026-03-10"}""";

    private final FakePlanService plans = new FakePlanService();
    private final FakeHost host = new FakeHost();
    private final PlanApi api = new PlanApi(plans, ROLES, host);

    PlanApiTest() {
        host.viewer = Optional.of(Fixtures.viewer("practitioner"));
    }

    private HttpDoubles.Response call(String method, String path, String body, Map<String, String> headers)
            throws Exception {
        HttpDoubles.Response response = new HttpDoubles.Response();
        Map<String, String> all = new HashMap<>(headers);
        all.put("X-CSRF-Token", FakeHost.TOKEN);
        api.serve(HttpDoubles.request(method, "/api/v1" + path, all, body), response.proxy, path);
        assertEquals("application/json; charset=utf-8", response.contentType);
        return response;
    }

    @Test
    void creatingAPlanAnswers201WithItsAddressAndVersion() throws Exception {
        HttpDoubles.Response r = call("POST", "/pupils/p1/plans", NEW_PLAN, Map.of());

        assertEquals(201, r.status, r.body.toString());
        assertEquals("/api/v1/plans/1", r.headers.get("Location"));
        assertEquals("\"1\"", r.headers.get("ETag"));
        JsonNode plan = r.json();
        assertEquals("DRAFT", plan.get("status").asText());
        assertEquals("being-02", plan.get("targets").get(0).get("statementId").asText());
        assertTrue(plan.get("activities").get(0).get("activityId").isNull());
        assertEquals("2026-05-05", plan.get("reviewDate").asText(), "8 weeks after the start");
        assertEquals("Notice when quiet", plan.get("relationalNotes").get("ATTUNE").asText());
    }

    @Test
    void aPupilsPlansAreListedNewestFirst() throws Exception {
        plans.seed("p1", PlanStatus.CLOSED, LocalDate.of(2026, 1, 1));
        plans.seed("p1", PlanStatus.ACTIVE, LocalDate.of(2026, 5, 1));
        plans.seed("p2", PlanStatus.ACTIVE, LocalDate.of(2026, 5, 1));

        JsonNode list = call("GET", "/pupils/p1/plans", null, Map.of()).json();

        assertEquals(2, list.size());
        assertEquals("ACTIVE", list.get(0).get("status").asText());
        assertEquals("CLOSED", list.get(1).get("status").asText());
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedWith428AndChangesNothing() throws Exception {
        ActionPlan plan = plans.seed("p1", PlanStatus.DRAFT, LocalDate.of(2026, 5, 1));

        HttpDoubles.Response r = call("POST", "/plans/" + plan.id() + "/activate", null, Map.of());

        assertEquals(428, r.status);
        assertTrue(r.json().get("error").asText().startsWith("Send If-Match"));
        assertEquals(PlanStatus.DRAFT, plans.plans.get(plan.id()).status());
    }

    @Test
    void aStaleVersionGets409WithWhatChangedAndTheCurrentVersion() throws Exception {
        ActionPlan plan = plans.seed("p1", PlanStatus.DRAFT, LocalDate.of(2026, 5, 1));
        assertEquals(200, call("POST", "/plans/" + plan.id() + "/activate", null, Map.of("If-Match", "\"1\"")).status);

        HttpDoubles.Response r = call("PUT", "/plans/" + plan.id(), NEW_PLAN.replace("\"assessmentId\":7,", ""),
                Map.of("If-Match", "\"1\""));

        assertEquals(409, r.status);
        JsonNode body = r.json();
        assertEquals(2, body.get("currentVersion").asLong());
        assertEquals("review date is now 2026-05-01", body.get("changes").get(0).asText());
        assertTrue(body.get("error").asText().startsWith("Someone else changed this plan"));
        assertEquals("\"2\"", r.headers.get("ETag"));
    }

    @Test
    void aReviewRecordsProgressInTargetOrder() throws Exception {
        ActionPlan plan = plans.seed("p1", PlanStatus.ACTIVE, LocalDate.of(2026, 5, 1));

        HttpDoubles.Response r = call("POST", "/plans/" + plan.id() + "/reviews",
                "{\"reviewedOn\":\"2026-03-10\",\"progress\":[\"GOOD\"],\"notes\":\"\",\"startNewAssessment\":true}",
                Map.of("If-Match", "1"));

        assertEquals(200, r.status, r.body.toString());
        assertEquals("REVIEWED", r.json().get("status").asText());
        assertEquals("GOOD", r.json().get("reviews").get(0).get("progress").get(0).get("progress").asText());
        assertEquals(FakePlanService.STARTED_ASSESSMENT, r.json().get("reviews").get(0).get("newAssessmentId").asLong(),
                "startNewAssessment alone starts a baseline");
        assertTrue(plans.calls.contains("review " + plan.id() + " v1 BASELINE"), plans.calls.toString());
    }

    @Test
    void aReviewCanStartABehaviourProfileAndAnswersItsId() throws Exception {
        ActionPlan plan = plans.seed("p1", PlanStatus.ACTIVE, LocalDate.of(2026, 5, 1));

        HttpDoubles.Response r = call("POST", "/plans/" + plan.id() + "/reviews",
                "{\"reviewedOn\":\"2026-03-10\",\"progress\":[\"SOME\"],\"newAssessment\":\"BEHAVIOUR\"}",
                Map.of("If-Match", "1"));

        assertEquals(200, r.status, r.body.toString());
        assertTrue(r.json().get("reviews").get(0).get("newAssessmentRequested").asBoolean());
        assertEquals(FakePlanService.STARTED_ASSESSMENT, r.json().get("reviews").get(0).get("newAssessmentId").asLong());
        assertTrue(plans.calls.contains("review " + plan.id() + " v1 BEHAVIOUR"), plans.calls.toString());
    }

    @Test
    void withoutConsentTheAnswerIs403InTheUsualShape() throws Exception {
        plans.noConsent = true;

        HttpDoubles.Response r = call("POST", "/pupils/p1/plans", NEW_PLAN, Map.of());

        assertEquals(403, r.status);
        assertTrue(r.json().get("error").asText().startsWith("Parental consent for action plans and home activities is withdrawn"));
        assertTrue(plans.plans.isEmpty());
    }

    @Test
    void aMissingStartDateIsNamedLikeAnyOtherProblem() throws Exception {
        HttpDoubles.Response r = call("POST", "/pupils/p1/plans", NEW_PLAN.replace(",\n \"startDate\":\"2026-03-10\"", "")
                .replace("\"startDate\":\"2026-03-10\"", "\"startDate\":null"), Map.of());

        assertEquals(400, r.status);
        assertEquals("startDate", r.json().get("errors").get(0).get("field").asText());
    }

    @Test
    void notSignedInIs401() throws Exception {
        host.viewer = Optional.empty();

        assertEquals(401, call("GET", "/pupils/p1/plans", null, Map.of()).status);
    }
}
