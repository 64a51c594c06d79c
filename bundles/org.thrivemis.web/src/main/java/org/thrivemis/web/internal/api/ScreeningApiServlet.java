package org.thrivemis.web.internal.api;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.api.Actor;
import org.thrivemis.api.Problem;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.screening.ScreeningGrid;
import org.thrivemis.api.screening.ScreeningService;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.web.internal.api.ApiExchange.Reply;

/**
 * The screening JSON API, with the same rules as the pages (the service decides and audits):
 * <ul>
 * <li>{@code GET|POST /api/v1/classes/{classId}/screening}: the class's rounds; open one ({@code {"term":"AUTUMN"}})</li>
 * <li>{@code GET /api/v1/classes/{classId}/screening/years/{year}}: the year's closed rounds' class profiles</li>
 * <li>{@code GET /api/v1/screening/{id}}: the grid ({@code ETag} = round version)</li>
 * <li>{@code PUT /api/v1/screening/{id}/marks} with {@code If-Match}: save marks</li>
 * <li>{@code POST /api/v1/screening/{id}/close} with {@code If-Match}; {@code GET /api/v1/screening/{id}/profile}</li>
 * </ul>
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ProfileApi.API + "/screening/*", ProfileApi.API + "/classes/*"})
@HttpWhiteboardServletName("thrive-api-screening")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class ScreeningApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(ScreeningApiServlet.class.getName());
    private static final Pattern CLASS = Pattern.compile("/classes/([^/]+)/screening(?:/years/([0-9]{4}))?/?");
    private static final Pattern ROUND = Pattern.compile("/screening/([0-9]{1,18})(?:/(marks|close|profile))?/?");
    private static final String ETAG_FROM = "GET /api/v1/screening/{id}";

    private final transient ScreeningService screening;
    private final transient RoleMapping roles;
    private final transient CurrentUser currentUser;
    private final transient Json json = new Json();

    @Activate
    public ScreeningApiServlet(@Reference ScreeningService screening, @Reference RoleMapping roles,
            @Reference CurrentUser currentUser) {
        this.screening = screening;
        this.roles = roles;
        this.currentUser = currentUser;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath().substring(ProfileApi.API.length())
                + (request.getPathInfo() == null ? "" : request.getPathInfo());
        ApiExchange.serve(json, request, response, path, "Someone else saved marks in this round", LOG,
                () -> handle(request, path));
    }

    private Reply handle(HttpServletRequest request, String path) throws IOException {
        Matcher classPath = CLASS.matcher(path);
        Matcher roundPath = ROUND.matcher(path);
        if (!classPath.matches() && !roundPath.matches()) {
            throw new ApiError(404, "There is no " + path + " in the Thrive API; screening is at"
                    + " /classes/{classId}/screening and /screening/{id}");
        }
        Viewer viewer = currentUser.viewer(request).orElseThrow(() -> new ApiError(401,
                "You are not signed in: sign in to the MIS, then call the API with the same session"));
        Actor actor = ThriveAccess.actorOf(roles, viewer);
        String method = request.getMethod();
        if (classPath.matches()) {
            String classId = URLDecoder.decode(classPath.group(1), StandardCharsets.UTF_8);
            if (classPath.group(2) != null) {
                ApiExchange.allow(currentUser, method, List.of("GET"), request);
                return Reply.of(200, screening.year(actor, classId, Integer.parseInt(classPath.group(2))).stream()
                        .map(ScreeningJson.ClassProfileJson::of).toList());
            }
            ApiExchange.allow(currentUser, method, List.of("GET", "POST"), request);
            if ("GET".equals(method)) {
                return Reply.of(200, screening.rounds(actor, classId).stream().map(ScreeningJson.RoundJson::of).toList());
            }
            ScreeningJson.OpenBody body = json.read(ApiExchange.body(request, ProfileApi.MAX_BODY, "round"),
                    ScreeningJson.OpenBody.class);
            if (body.term() == null) {
                throw new ValidationException(List.of(new Problem("term", "", "Give the term: AUTUMN, SPRING or SUMMER")));
            }
            var round = screening.open(actor, classId, body.term());
            return Reply.versioned(201, ScreeningJson.RoundJson.of(round), round.version(),
                    Optional.of(request.getContextPath() + ProfileApi.API + "/screening/" + round.id()));
        }
        long id = Long.parseLong(roundPath.group(1));
        String part = roundPath.group(2);
        if (part == null) {
            ApiExchange.allow(currentUser, method, List.of("GET"), request);
            ScreeningGrid grid = screening.grid(actor, id);
            return Reply.versioned(200, ScreeningJson.GridJson.of(grid), grid.round().version(), Optional.empty());
        }
        switch (part) {
            case "marks" -> {
                ApiExchange.allow(currentUser, method, List.of("PUT"), request);
                long version = ApiExchange.ifMatch(request, "round", ETAG_FROM);
                ScreeningJson.MarksBody body = json.read(ApiExchange.body(request, ProfileApi.MAX_BODY, "save of marks"),
                        ScreeningJson.MarksBody.class);
                if (body.marks() == null || body.marks().contains(null)) {
                    throw new ValidationException(List.of(new Problem("marks", "null", "Send the marks as"
                            + " [{\"pupilId\",\"statementId\",\"level\"}] with level NOT_YET, EMERGING or SECURE")));
                }
                var saved = screening.saveMarks(actor, id, version, body.marks());
                return Reply.versioned(200, ScreeningJson.SavedJson.of(saved), saved.version(), Optional.empty());
            }
            case "close" -> {
                ApiExchange.allow(currentUser, method, List.of("POST"), request);
                long version = ApiExchange.ifMatch(request, "round", ETAG_FROM);
                var profile = screening.close(actor, id, version);
                return Reply.versioned(200, ScreeningJson.ClassProfileJson.of(profile), profile.round().version(),
                        Optional.empty());
            }
            default -> {
                ApiExchange.allow(currentUser, method, List.of("GET"), request);
                return Reply.of(200, ScreeningJson.ClassProfileJson.of(screening.profile(actor, id)));
            }
        }
    }
}
