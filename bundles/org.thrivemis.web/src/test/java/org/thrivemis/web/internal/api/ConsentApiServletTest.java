package org.thrivemis.web.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.web.internal.Fixtures.ROLES;
import static org.thrivemis.web.internal.Fixtures.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.web.internal.FakeConsentService;

class ConsentApiServletTest {

    private static final String VALID = """
            {"decision":"GIVEN","scopes":["INDIVIDUAL_ASSESSMENT","ACTION_PLAN"],"personName":"Jo Lovelace",
             "relationship":"PARENT","decidedOn":"2026-11-20","note":"signed form"}""";

    private final FakeConsentService consents = new FakeConsentService();
    private final FakeHost host = new FakeHost();
    private final ConsentApiServlet servlet = new ConsentApiServlet(consents, ROLES, host, host);

    private HttpDoubles.Response call(String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpDoubles.Response response = new HttpDoubles.Response();
        servlet.service(HttpDoubles.request(method, path, headers, body), response.proxy);
        assertEquals("application/json; charset=utf-8", response.contentType);
        assertEquals("no-store", response.headers.get("Cache-Control"));
        return response;
    }

    private HttpDoubles.Response get(String path) throws Exception {
        return call("GET", path, null, Map.of());
    }

    private HttpDoubles.Response post(String path, String body) throws Exception {
        return call("POST", path, body, Map.of("X-CSRF-Token", FakeHost.TOKEN));
    }

    /** The single problem of a 400 answer. */
    private static JsonNode onlyProblem(HttpDoubles.Response r) throws Exception {
        assertEquals(400, r.status);
        JsonNode errors = r.json().get("errors");
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    @Test
    void readsAPupilsConsentAsJsonWithIsoDates() throws Exception {
        consents.statuses.put("p1", new ConsentStatus("p1", Map.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentState.GIVEN),
                List.of(record(5, ConsentDecision.GIVEN, LocalDate.of(2026, 3, 27), "Jo Lovelace",
                        ConsentScope.ACTION_PLAN, ConsentScope.INDIVIDUAL_ASSESSMENT))));
        HttpDoubles.Response r = get("/pupils/p1/consents");
        assertEquals(200, r.status);
        JsonNode json = r.json();
        assertEquals("p1", json.get("pupilId").asText());
        assertEquals("GIVEN", json.at("/states/INDIVIDUAL_ASSESSMENT").asText());
        assertEquals("NOT_RECORDED", json.at("/states/ACTION_PLAN").asText());
        JsonNode first = json.at("/history/0");
        assertEquals(5, first.get("id").asLong());
        assertEquals("GIVEN", first.get("decision").asText());
        assertEquals("[\"INDIVIDUAL_ASSESSMENT\",\"ACTION_PLAN\"]", first.get("scopes").toString());
        assertEquals("Jo Lovelace", first.get("personName").asText());
        assertEquals("PARENT", first.get("relationship").asText());
        assertEquals("2026-03-27", first.get("decidedOn").asText());
        assertEquals("2026-06-01T13:05:00Z", first.get("recordedAt").asText());
        assertEquals("Sam Office", first.get("recordedByName").asText());
    }

    @Test
    void readsOneRecordByItsId() throws Exception {
        consents.statuses.put("p1", new ConsentStatus("p1", Map.of(),
                List.of(record(5, ConsentDecision.GIVEN, LocalDate.of(2026, 3, 27), "Jo", ConsentScope.ACTION_PLAN))));
        assertEquals(5, get("/pupils/p1/consents/5").json().get("id").asLong());
        HttpDoubles.Response missing = get("/pupils/p1/consents/6");
        assertEquals(404, missing.status);
        assertTrue(missing.json().get("error").asText().contains("no consent record 6"));
    }

    @Test
    void recordsADecisionAndAnswers201WithItsAddress() throws Exception {
        consents.recordResult = record(42, ConsentDecision.GIVEN, LocalDate.of(2026, 11, 20), "Jo Lovelace",
                ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentScope.ACTION_PLAN);
        HttpDoubles.Response r = post("/pupils/p1/consents", VALID);
        assertEquals(201, r.status);
        assertEquals("/api/v1/pupils/p1/consents/42", r.headers.get("Location"));
        assertEquals(42, r.json().get("id").asLong());
        assertEquals("2026-11-20", r.json().get("decidedOn").asText());
        assertEquals(List.of(new ConsentRequest(ConsentDecision.GIVEN, Set.of(ConsentScope.values()), "Jo Lovelace",
                Relationship.PARENT, LocalDate.of(2026, 11, 20), "signed form")), consents.recorded);
    }

    @Test
    void refusesCallersWhoAreNotSignedIn() throws Exception {
        host.viewer = Optional.empty();
        HttpDoubles.Response r = get("/pupils/p1/consents");
        assertEquals(401, r.status);
        assertTrue(r.json().get("error").asText().contains("sign in"));
        assertTrue(consents.actors.isEmpty());
    }

    @Test
    void refusesAPostWithoutTheCsrfToken() throws Exception {
        HttpDoubles.Response r = call("POST", "/pupils/p1/consents", VALID, Map.of());
        assertEquals(403, r.status);
        assertTrue(r.json().get("error").asText().contains("X-CSRF-Token"));
        HttpDoubles.Response wrong = call("POST", "/pupils/p1/consents", VALID, Map.of("X-CSRF-Token", "guess"));
        assertEquals(403, wrong.status);
        assertTrue(consents.recorded.isEmpty());
    }

    @Test
    void unknownPupilsAndPathsAre404() throws Exception {
        HttpDoubles.Response pupil = get("/pupils/nobody/consents");
        assertEquals(404, pupil.status);
        assertTrue(pupil.json().get("error").asText().contains("\"nobody\""));
        assertEquals(404, get("/pupils/p1").status);
        assertEquals(404, get(null).status);
        assertEquals(404, get("/pupils/p1/consents/abc").status);
    }

    @Test
    void otherMethodsAre405WithAllow() throws Exception {
        HttpDoubles.Response r = call("DELETE", "/pupils/p1/consents", null, Map.of());
        assertEquals(405, r.status);
        assertEquals("GET, POST", r.headers.get("Allow"));
        assertEquals("GET", call("POST", "/pupils/p1/consents/5", VALID, Map.of()).headers.get("Allow"));
    }

    @Test
    void validationProblemsAre400WithFieldValueAndMessage() throws Exception {
        consents.refuseWith = new ValidationException(List.of(
                new Problem("personName", "", "Enter the name of the parent or carer"),
                new Problem("decidedOn", "2027-01-01", "The date the decision was made must be today or in the past")));
        HttpDoubles.Response r = post("/pupils/p1/consents", VALID);
        assertEquals(400, r.status);
        JsonNode errors = r.json().get("errors");
        assertEquals(2, errors.size());
        assertEquals("personName", errors.at("/0/field").asText());
        assertEquals("", errors.at("/0/value").asText());
        assertEquals("Enter the name of the parent or carer", errors.at("/0/message").asText());
        assertEquals("2027-01-01", errors.at("/1/value").asText());
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() throws Exception {
        JsonNode p = onlyProblem(post("/pupils/p1/consents", "{\n  \"decision\": \"GIVEN\",\n  }"));
        assertTrue(p.get("message").asText().startsWith("Line 3, column 3: the body is not valid JSON"), p.toString());
        assertTrue(consents.recorded.isEmpty());
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndWhatIsAccepted() throws Exception {
        JsonNode p = onlyProblem(post("/pupils/p1/consents", "{\"decision\": \"MAYBE\"}"));
        assertEquals("decision", p.get("field").asText());
        assertEquals("MAYBE", p.get("value").asText());
        assertEquals("Line 1, column 14: \"MAYBE\" is not accepted for decision; use one of GIVEN, WITHDRAWN",
                p.get("message").asText());

        JsonNode scope = onlyProblem(post("/pupils/p1/consents", "{\"scopes\": [\"ACTION_PLAN\", \"HOME\"]}"));
        assertEquals("scopes[1]", scope.get("field").asText());
        assertTrue(scope.get("message").asText().endsWith("use one of INDIVIDUAL_ASSESSMENT, ACTION_PLAN"));
    }

    @Test
    void aBadDateSaysTheFormat() throws Exception {
        JsonNode p = onlyProblem(post("/pupils/p1/consents", "{\"decidedOn\": \"20/11/2026\"}"));
        assertEquals("decidedOn", p.get("field").asText());
        assertTrue(p.get("message").asText().contains("use a date as YYYY-MM-DD, for example 2026-11-20"), p.toString());
        assertTrue(p.get("message").asText().startsWith("Line 1, column"));
        assertEquals("decidedOn", onlyProblem(post("/pupils/p1/consents", "{\"decidedOn\": \"2026-02-31\"}")).get("field").asText());
    }

    @Test
    void anUnknownFieldListsTheFieldsThatExist() throws Exception {
        JsonNode p = onlyProblem(post("/pupils/p1/consents", "{\"givenBy\": \"Jo\"}"));
        assertEquals("givenBy", p.get("field").asText());
        assertTrue(p.get("message").asText().endsWith(
                "\"givenBy\" is not a field of this request; the fields are decision, scopes, personName, relationship, decidedOn, note"),
                p.toString());
    }

    @Test
    void theWrongShapeIsExplained() throws Exception {
        JsonNode scopes = onlyProblem(post("/pupils/p1/consents", "{\"scopes\": {\"a\": 1}}"));
        assertEquals("scopes", scopes.get("field").asText());
        assertTrue(scopes.get("message").asText().contains("scopes must be a list in square brackets"), scopes.toString());
        assertTrue(onlyProblem(post("/pupils/p1/consents", "[]")).get("message").asText()
                .contains("the body must be a JSON object with the fields decision, scopes"));
        assertTrue(onlyProblem(post("/pupils/p1/consents", "  ")).get("message").asText().startsWith("The request body is empty"));
    }

    @Test
    void accessDeniedIs403() throws Exception {
        consents.denied.add("p1");
        assertEquals(403, get("/pupils/p1/consents").status);
        assertEquals(403, post("/pupils/p1/consents", VALID).status);
    }

    @Test
    void anythingElseIs500WithAReferenceAndNoInternals() throws Exception {
        consents.failWith = new IllegalStateException("connection refused to db:5432");
        HttpDoubles.Response r = get("/pupils/p1/consents");
        assertEquals(500, r.status);
        String reference = r.json().get("reference").asText();
        assertTrue(reference.matches("[0-9a-f-]{36}"), reference);
        assertTrue(r.json().get("error").asText().contains(reference));
        assertFalse(r.body.toString().contains("5432"));
    }
}
