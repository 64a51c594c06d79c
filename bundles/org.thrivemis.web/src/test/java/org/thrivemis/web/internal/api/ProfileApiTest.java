package org.thrivemis.web.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.web.internal.Fixtures.ROLES;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.web.internal.Fixtures;
import org.thrivemis.web.internal.profile.FakeProfiles;

/** The profile endpoints of the JSON API: shapes, versions through If-Match, and the consent API's errors. */
class ProfileApiTest {
    private final FakeProfiles profiles = new FakeProfiles();
    private final FakeHost host = new FakeHost();
    private final ProfileApi api = new ProfileApi(profiles, ROLES, host);

    ProfileApiTest() {
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

    private Assessment draft() {
        return profiles.seed("p1", ProfileKind.BASELINE, "", LocalDate.of(2025, 3, 3), AssessmentStatus.DRAFT, Level.SECURE,
                Map.of());
    }

    @Test
    void startingAProfileAnswers201WithItsAddressAndVersion() throws Exception {
        HttpDoubles.Response r = call("POST", "/pupils/p1/profiles",
                "{\"kind\":\"BEHAVIOUR\",\"reason\":\"Referred by class teacher\",\"assessedOn\":\"2025-03-03\"}", Map.of());

        assertEquals(201, r.status, r.body.toString());
        assertEquals("/api/v1/profiles/1", r.headers.get("Location"));
        assertEquals("\"1\"", r.headers.get("ETag"));
        JsonNode p = r.json();
        assertEquals("DRAFT", p.get("status").asText());
        assertEquals("Referred by class teacher", p.get("reason").asText());
        assertEquals("BEING", p.get("result").get("workingStage").asText());
    }

    @Test
    void aPupilsProfilesAreListedWithTheirResults() throws Exception {
        profiles.seed("p1", ProfileKind.BASELINE, "", LocalDate.of(2024, 10, 1), AssessmentStatus.COMPLETED, Level.SECURE,
                Map.of("doing-1", Level.EMERGING));

        JsonNode list = call("GET", "/pupils/p1/profiles", null, Map.of()).json();

        assertEquals(1, list.size());
        assertEquals("DOING", list.get(0).get("result").get("workingStage").asText());
        assertEquals(List.of("doing-1"), List.of(list.get(0).get("result").get("strands").get(1).get("gaps").get(0).asText()));
    }

    @Test
    void savingLevelsNeedsIfMatchAndMovesTheVersionOn() throws Exception {
        Assessment a = draft();

        HttpDoubles.Response missing = call("PUT", "/profiles/" + a.id(), "{\"levels\":{\"being-1\":\"EMERGING\"}}", Map.of());
        HttpDoubles.Response saved = call("PUT", "/profiles/" + a.id(), "{\"levels\":{\"being-1\":\"EMERGING\"}}",
                Map.of("If-Match", "\"1\""));

        assertEquals(428, missing.status);
        assertTrue(missing.json().get("error").asText().startsWith("Send If-Match"));
        assertEquals(200, saved.status, saved.body.toString());
        assertEquals("\"2\"", saved.headers.get("ETag"));
        assertEquals("EMERGING", saved.json().get("levels").get("being-1").asText());
    }

    @Test
    void aStaleVersionIs409WithWhoAndWhatChanged() throws Exception {
        Assessment a = draft();
        call("PUT", "/profiles/" + a.id(), "{\"levels\":{\"being-1\":\"SECURE\"}}", Map.of("If-Match", "\"1\""));

        HttpDoubles.Response r = call("PUT", "/profiles/" + a.id(), "{\"levels\":{\"being-1\":\"NOT_YET\"}}",
                Map.of("If-Match", "\"1\""));

        assertEquals(409, r.status);
        assertEquals("\"2\"", r.headers.get("ETag"));
        assertEquals("Sam Senior", r.json().get("changedBy").asText());
        assertEquals(2, r.json().get("currentVersion").asInt());
        assertTrue(r.json().get("changes").get(0).asText().contains("you chose Not yet"));
        assertEquals(Level.SECURE, profiles.stored.get(a.id()).levels().get("being-1"));
    }

    @Test
    void completingAnswersTheCompletedProfile() throws Exception {
        Assessment a = draft();

        HttpDoubles.Response r = call("POST", "/profiles/" + a.id() + "/complete", null, Map.of("If-Match", "1"));

        assertEquals(200, r.status, r.body.toString());
        assertEquals("COMPLETED", r.json().get("status").asText());
    }

    @Test
    void refusalsHaveTheConsentApisShapes() throws Exception {
        profiles.startFailure = new ConsentRequiredException("p1", ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentState.WITHDRAWN);
        HttpDoubles.Response noConsent = call("POST", "/pupils/p1/profiles", "{\"kind\":\"BASELINE\"}", Map.of());
        profiles.startFailure = new AccessDeniedException("Your Thrive role (Office staff) does not let you record Thrive profiles.");
        HttpDoubles.Response denied = call("POST", "/pupils/p1/profiles", "{\"kind\":\"BASELINE\"}", Map.of());
        profiles.startFailure = new ValidationException(List.of(new Problem("reason", "", "Enter the reason for the referral")));
        HttpDoubles.Response invalid = call("POST", "/pupils/p1/profiles", "{\"kind\":\"BEHAVIOUR\"}", Map.of());
        HttpDoubles.Response unknownField = call("POST", "/pupils/p1/profiles", "{\"kind\":\"BASELINE\",\"colour\":1}", Map.of());
        HttpDoubles.Response missing = call("GET", "/profiles/99", null, Map.of());
        HttpDoubles.Response wrongMethod = call("DELETE", "/profiles/1", null, Map.of());

        assertEquals(403, noConsent.status);
        assertTrue(noConsent.json().get("error").asText().contains("record consent on the pupil's Thrive tab first"));
        assertEquals(403, denied.status);
        assertEquals(400, invalid.status);
        assertEquals("reason", invalid.json().get("errors").get(0).get("field").asText());
        assertEquals(400, unknownField.status);
        assertEquals(404, missing.status);
        assertEquals(405, wrongMethod.status);
        assertEquals("GET, PUT", wrongMethod.headers.get("Allow"));
    }

    @Test
    void aSignedOutCallerGets401() throws Exception {
        host.viewer = Optional.empty();

        assertEquals(401, call("GET", "/pupils/p1/profiles", null, Map.of()).status);
    }
}
