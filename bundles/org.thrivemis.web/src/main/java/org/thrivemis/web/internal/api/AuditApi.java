package org.thrivemis.web.internal.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thrivemis.api.Actor;
import org.thrivemis.api.Problem;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditCursor;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditLog;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.web.internal.api.ApiExchange.Reply;

/**
 * {@code GET /api/v1/audit}: the audit search of {@code /thrive/audit} as JSON, with the same
 * filters ({@code pupil}, {@code staff}, {@code from}, {@code to} as dates in the school's zone,
 * both inclusive) plus {@code action}, and pages: {@code limit} entries (default 50, at most 500)
 * and a {@code next} link carrying the position after the last one ({@code after}). The domain
 * decides access (senior leads and admins) and audits every search, allowed or refused.
 */
final class AuditApi {
    private static final System.Logger LOG = System.getLogger(AuditApi.class.getName());
    static final String PATH = ProfileApi.API + "/audit";
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private static final Pattern CURSOR = Pattern.compile("([0-9]{1,19})_([0-9]{1,10})_([0-9]{1,18})");

    private final AuditLog audit;
    private final RoleMapping roles;
    private final CurrentUser currentUser;
    private final ZoneId zone;
    private final Json json = new Json();

    AuditApi(AuditLog audit, RoleMapping roles, CurrentUser currentUser, ZoneId zone) {
        this.audit = audit;
        this.roles = roles;
        this.currentUser = currentUser;
        this.zone = zone;
    }

    /** One entry of the trail. */
    record EntryJson(long id, Instant at, String actorId, String actorName, String action, String pupilId, String detail,
            AuditOutcome outcome) {
        static EntryJson of(AuditEntry e) {
            return new EntryJson(e.id(), e.at(), e.actorId(), e.actorName(), e.action(), e.pupilId(), e.detail(),
                    e.outcome());
        }
    }

    /** One page: newest first; {@code next} is the URL of the following page, null on the last. */
    record PageJson(List<EntryJson> entries, String next) {
    }

    void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApiExchange.serve(json, request, response, "/audit", "", LOG, () -> handle(request));
    }

    private Reply handle(HttpServletRequest request) {
        Viewer viewer = currentUser.viewer(request).orElseThrow(() -> new ApiError(401,
                "You are not signed in: sign in to the MIS, then call the API with the same session"));
        ApiExchange.allow(currentUser, request.getMethod(), List.of("GET"), request);
        Actor actor = ThriveAccess.actorOf(roles, viewer);
        Map<String, String> given = new LinkedHashMap<>();
        for (String name : List.of("pupil", "staff", "action", "from", "to", "limit")) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                given.put(name, value.strip());
            }
        }
        List<Problem> problems = new ArrayList<>();
        Optional<LocalDate> from = day(given.get("from"), "from", problems);
        Optional<LocalDate> to = day(given.get("to"), "to", problems);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            problems.add(new Problem("to", given.get("to"), "to must be the same date as from or after it"));
        }
        int limit = limit(given.get("limit"), problems);
        Optional<AuditCursor> after = cursor(request.getParameter("after"), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        // one more than asked: whether there is a next page, without counting the whole trail
        AuditQuery query = new AuditQuery(Optional.ofNullable(given.get("pupil")), Optional.ofNullable(given.get("staff")),
                Optional.ofNullable(given.get("action")), from.map(d -> d.atStartOfDay(zone).toInstant()),
                to.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()), limit + 1, after);
        List<AuditEntry> found = audit.search(actor, query);
        List<AuditEntry> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit ? nextUrl(request, given, page.get(page.size() - 1)) : null;
        return Reply.of(200, new PageJson(page.stream().map(EntryJson::of).toList(), next));
    }

    private String nextUrl(HttpServletRequest request, Map<String, String> given, AuditEntry last) {
        StringBuilder url = new StringBuilder(request.getContextPath()).append(PATH).append('?');
        given.forEach((k, v) -> url.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        return url.append("after=").append(token(AuditCursor.after(last))).toString();
    }

    /** The cursor in a URL: seconds, nanoseconds and id of the last entry, e.g. {@code 1763823600_123456000_42}. */
    static String token(AuditCursor c) {
        return c.at().getEpochSecond() + "_" + c.at().getNano() + "_" + c.id();
    }

    private static Optional<AuditCursor> cursor(String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = CURSOR.matcher(text.strip());
        if (!m.matches() || Long.parseLong(m.group(2)) > 999_999_999L) {
            problems.add(new Problem("after", text, "after is not a page position: follow the next link of the"
                    + " previous page, or leave after out for the first page"));
            return Optional.empty();
        }
        return Optional.of(new AuditCursor(Instant.ofEpochSecond(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))),
                Long.parseLong(m.group(3))));
    }

    private static Optional<LocalDate> day(String text, String field, List<Problem> problems) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, text, field + " must be a real date as YYYY-MM-DD, for example 2026-11-02"));
            return Optional.empty();
        }
    }

    private static int limit(String text, List<Problem> problems) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the value given
        }
        problems.add(new Problem("limit", text, "limit must be a whole number from 1 to " + MAX_LIMIT));
        return DEFAULT_LIMIT;
    }
}
