package org.thrivemis.web.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.web.internal.Fixtures.ROLES;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditLog;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.web.internal.Fixtures;

/** {@code GET /api/v1/audit}: the filters of /thrive/audit, pages that follow on, and the API's errors. */
class AuditApiTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

    private final FakeAudit audit = new FakeAudit();
    private final FakeHost host = new FakeHost();
    private final AuditApi api = new AuditApi(audit, ROLES, host, LONDON);

    AuditApiTest() {
        host.viewer = Optional.of(Fixtures.viewer("senior_lead"));
        for (int i = 0; i < 7; i++) {
            // two entries at each moment, so a page can end between entries of the same time
            audit.entries.add(new AuditEntry(i + 1, T0.plusSeconds(60L * (i / 2)), "s" + (i % 2), "Staff " + (i % 2),
                    "plan.read", i < 4 ? "p1" : "p2", "plan " + i, AuditOutcome.ALLOWED));
        }
    }

    private HttpDoubles.Response get(Map<String, String> parameters) throws Exception {
        return call("GET", parameters);
    }

    private HttpDoubles.Response call(String method, Map<String, String> parameters) throws Exception {
        HttpDoubles.Response response = new HttpDoubles.Response();
        api.serve(HttpDoubles.request(method, null, Map.of("X-CSRF-Token", FakeHost.TOKEN), null, parameters),
                response.proxy);
        assertEquals("application/json; charset=utf-8", response.contentType);
        return response;
    }

    private static Map<String, String> query(String url) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    @Test
    void pagesFollowOnThroughTheWholeTrailNewestFirst() throws Exception {
        List<Long> ids = new ArrayList<>();
        JsonNode page = get(Map.of("limit", "3")).json();
        int pages = 1;
        while (true) {
            page.get("entries").forEach(e -> ids.add(e.get("id").asLong()));
            if (page.get("next").isNull()) {
                break;
            }
            String next = page.get("next").asText();
            assertTrue(next.startsWith("/api/v1/audit?limit=3&after="), next);
            page = get(query(next)).json();
            pages++;
        }

        assertEquals(List.of(7L, 6L, 5L, 4L, 3L, 2L, 1L), ids);
        assertEquals(3, pages);
    }

    @Test
    void theFiltersOfTheAuditPageReachTheDomainWithDatesAsWholeDaysAtSchool() throws Exception {
        HttpDoubles.Response r = get(Map.of("pupil", "p1", "staff", "s1", "action", "plan.read", "from", "2026-06-01",
                "to", "2026-06-01"));

        assertEquals(200, r.status, r.body.toString());
        AuditQuery q = audit.queries.get(0);
        assertEquals(Optional.of("p1"), q.pupilId());
        assertEquals(Optional.of("s1"), q.actorId());
        assertEquals(Optional.of("plan.read"), q.action());
        assertEquals(Optional.of(Instant.parse("2026-05-31T23:00:00Z")), q.from(), "midnight in London (BST)");
        assertEquals(Optional.of(Instant.parse("2026-06-01T23:00:00Z")), q.to(), "to is inclusive: the next midnight");
        assertEquals(AuditApi.DEFAULT_LIMIT + 1, q.limit());
        JsonNode first = r.json().get("entries").get(0);
        assertEquals("s1", first.get("actorId").asText());
        assertEquals("p1", first.get("pupilId").asText());
        assertEquals("ALLOWED", first.get("outcome").asText());
        assertTrue(r.json().get("next").isNull());
    }

    @Test
    void badFiltersAre400NamingEachFieldAndValueAndNothingIsSearched() throws Exception {
        HttpDoubles.Response r = get(Map.of("from", "2026-02-31", "limit", "5000", "after", "yesterday"));

        assertEquals(400, r.status, r.body.toString());
        JsonNode errors = r.json().get("errors");
        assertEquals(3, errors.size(), errors.toString());
        assertEquals("from", errors.get(0).get("field").asText());
        assertEquals("2026-02-31", errors.get(0).get("value").asText());
        assertEquals("limit", errors.get(1).get("field").asText());
        assertEquals("after", errors.get(2).get("field").asText());
        assertTrue(audit.queries.isEmpty());
    }

    @Test
    void othersGetTheDomainsRefusalAs403AndTheSignedOut401() throws Exception {
        host.viewer = Optional.of(Fixtures.viewer("practitioner"));
        HttpDoubles.Response refused = get(Map.of());
        assertEquals(403, refused.status);
        assertTrue(refused.json().get("error").asText().contains("senior leads"), refused.body.toString());

        host.viewer = Optional.empty();
        assertEquals(401, get(Map.of()).status);
    }

    @Test
    void onlyGetIsAnswered() throws Exception {
        HttpDoubles.Response r = call("POST", Map.of());

        assertEquals(405, r.status);
        assertEquals("GET", r.headers.get("Allow"));
        assertTrue(audit.queries.isEmpty());
    }

    /** The domain's audit search over a list, newest first; refuses all but senior leads and admins. */
    private static final class FakeAudit implements AuditLog {
        final List<AuditEntry> entries = new ArrayList<>();
        final List<AuditQuery> queries = new ArrayList<>();

        @Override
        public List<AuditEntry> search(Actor actor, AuditQuery q) {
            if (!actor.hasAny(ThriveRole.SENIOR_LEAD, ThriveRole.ADMIN)) {
                throw new AccessDeniedException("Only senior leads and administrators can search the audit trail");
            }
            queries.add(q);
            Comparator<AuditEntry> newestFirst = Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id)
                    .reversed();
            return entries.stream().sorted(newestFirst)
                    .filter(e -> q.pupilId().map(e.pupilId()::equals).orElse(true))
                    .filter(e -> q.actorId().map(e.actorId()::equals).orElse(true))
                    .filter(e -> q.after().map(c -> e.at().isBefore(c.at())
                            || (e.at().equals(c.at()) && e.id() < c.id())).orElse(true))
                    .limit(q.limit()).toList();
        }
    }
}
