package org.thrivemis.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON API and the demo school as tests use them on the product jar: signed-in sessions of the
 * demo accounts, pupil ids read from the host's pages, and the few fixtures (consent, a completed
 * profile) most API tests need before they start. One place, so role tests do not each grow a copy.
 */
public final class ThriveApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PUPIL_LINK = Pattern.compile("href=\"/pupils/([^\"?/]+)\"");
    /** The class the demo account {@code teacher} teaches. */
    public static final String TEACHERS_CLASS = "/classes/year-3-oak";

    private ThriveApi() {
    }

    /** A session of the demo account, with the CSRF token of a page it has seen. */
    public static WebSession session(ProductProcess product, String user) {
        WebSession s = new WebSession(product.baseUrl()).signIn(user);
        s.get("/pupils"); // a page with the sign-out form: the session's CSRF token
        return s;
    }

    /** A session nobody signed in to. */
    public static WebSession signedOut(ProductProcess product) {
        return new WebSession(product.baseUrl());
    }

    /** The pupil ids linked from a host page, in page order. */
    public static Set<String> pupilsIn(String html) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = PUPIL_LINK.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** A pupil of the demo teacher's class, and one of another class: [ours, other]. */
    public static List<String> oakAndOtherPupil(WebSession anyone) {
        Set<String> oak = pupilsIn(anyone.get(TEACHERS_CLASS).body());
        String other = pupilsIn(anyone.get("/pupils").body()).stream().filter(p -> !oak.contains(p)).findFirst()
                .orElseThrow(() -> new AssertionError("no pupil outside " + TEACHERS_CLASS));
        return List.of(oak.iterator().next(), other);
    }

    public static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The response, failing with the method, URI and body unless it has the status. */
    public static HttpResponse<String> expect(int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            throw new AssertionError(r.request().method() + " " + r.uri() + ": expected " + status + ", got "
                    + r.statusCode() + " " + r.body());
        }
        return r;
    }

    /** Parental consent given yesterday for the scopes, through the API; returns the record. */
    public static JsonNode giveConsent(WebSession recorder, String pupil, String... scopes) {
        return json(expect(201, recorder.postJson("/api/v1/pupils/" + pupil + "/consents", write(Map.of(
                "decision", "GIVEN", "scopes", List.of(scopes), "personName", "Pat Parent", "relationship", "PARENT",
                "decidedOn", LocalDate.now().minusDays(1).toString(), "note", "")))));
    }

    /** A fresh baseline draft started yesterday through the API. */
    public static JsonNode draft(WebSession practitioner, String pupil) {
        return json(expect(201, practitioner.sendJson("POST", "/api/v1/pupils/" + pupil + "/profiles",
                "{\"kind\":\"BASELINE\",\"reason\":\"\",\"assessedOn\":\"" + LocalDate.now().minusDays(1) + "\"}",
                Map.of())));
    }

    /** Every statement still a gap of the draft at SECURE except {@code gap}: a PUT body. */
    public static String levelsBody(JsonNode draft, String gap) {
        Map<String, String> levels = new LinkedHashMap<>();
        draft.get("result").get("strands").forEach(s -> s.get("gaps").forEach(g -> levels.put(g.asText(),
                g.asText().equals(gap) ? "NOT_YET" : "SECURE")));
        return write(Map.of("levels", levels));
    }

    /** A completed baseline profile with one gap ({@code being-02}); returns its id. */
    public static long completedProfile(WebSession practitioner, String pupil) {
        JsonNode d = draft(practitioner, pupil);
        String profile = "/api/v1/profiles/" + d.get("id").asLong();
        expect(200, practitioner.sendJson("PUT", profile, levelsBody(d, "being-02"), Map.of("If-Match", "\"1\"")));
        expect(200, practitioner.sendJson("POST", profile + "/complete", null, Map.of("If-Match", "\"2\"")));
        return d.get("id").asLong();
    }
}
