package org.thrivemis.web.internal.api;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.imports.FormatInfo;
import org.thrivemis.api.imports.ImportService;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.ThriveAccess;

/**
 * The import endpoints of the JSON API, with the other endpoints' rules (signed-in session, the CSRF
 * token on every change, the shared error shapes):
 * <ul>
 * <li>{@code GET /api/v1/imports}: installed formats and the latest runs</li>
 * <li>{@code POST /api/v1/imports?fileName=…[&format=…]}: the file as the body; starts its preview (202)</li>
 * <li>{@code GET /api/v1/imports/{id}}: progress, then preview or result</li>
 * <li>{@code POST /api/v1/imports/{id}/commit}: imports a previewed run (202)</li>
 * <li>{@code GET /api/v1/imports/{id}/report}: the report CSV</li>
 * </ul>
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ImportApiServlet.PATH, ImportApiServlet.PATH + "/*"})
@HttpWhiteboardServletName("thrive-api-imports")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class ImportApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(ImportApiServlet.class.getName());
    static final String PATH = PlanApi.API + "/imports";
    static final long MAX_UPLOAD = 500L * 1024 * 1024;
    private static final Pattern RUN = Pattern.compile("/([0-9]{1,18})(/commit|/report)?/?");

    private final transient ImportService imports;
    private final transient RoleMapping roles;
    private final transient CurrentUser currentUser;
    private final transient Json json = new Json();

    /** The answer to {@code GET /api/v1/imports}. */
    record ImportsJson(List<FormatInfo> formats, List<ImportRunJson> runs) {
    }

    @Activate
    public ImportApiServlet(@Reference ImportService imports, @Reference RoleMapping roles,
            @Reference CurrentUser currentUser) {
        this.imports = imports;
        this.roles = roles;
        this.currentUser = currentUser;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<Viewer> viewer = currentUser.viewer(request);
        if (viewer.isEmpty()) {
            response.setHeader("Cache-Control", "no-store");
            ApiExchange.send(json, response, 401, new ErrorJson.Message("Sign in to the MIS first"));
            return;
        }
        Actor actor = ThriveAccess.actorOf(roles, viewer.get());
        Matcher run = RUN.matcher(path);
        if (run.matches() && "/report".equals(run.group(2)) && "GET".equals(request.getMethod())) {
            report(response, actor, Long.parseLong(run.group(1)));
            return;
        }
        ApiExchange.serve(json, request, response, PATH + path, "", LOG, () -> handle(request, actor, path, run));
    }

    /** The report CSV, or the API's error shape when there is none or the actor may not see it. */
    private void report(HttpServletResponse response, Actor actor, long id) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try {
            imports.report(actor, id, csv);
        } catch (AccessDeniedException e) {
            ApiExchange.send(json, response, 403, new ErrorJson.Message(e.getMessage()));
            return;
        } catch (NotFoundException e) {
            ApiExchange.send(json, response, 404, new ErrorJson.Message(e.getMessage()));
            return;
        }
        response.setStatus(200);
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"thrive-import-" + id + "-report.csv\"");
        response.setContentLength(csv.size());
        csv.writeTo(response.getOutputStream());
    }

    private ApiExchange.Reply handle(HttpServletRequest request, Actor actor, String path, Matcher run)
            throws IOException {
        String method = request.getMethod();
        if (path.isEmpty() || "/".equals(path)) {
            ApiExchange.allow(currentUser, method, List.of("GET", "POST"), request);
            if ("GET".equals(method)) {
                return ApiExchange.Reply.of(200, new ImportsJson(imports.formats(),
                        imports.recent(actor, 20).stream().map(ImportRunJson::of).toList()));
            }
            return start(request, actor);
        }
        if (!run.matches()) {
            throw new ApiError(404, "There is no import resource at " + PATH + path);
        }
        long id = Long.parseLong(run.group(1));
        if ("/commit".equals(run.group(2))) {
            ApiExchange.allow(currentUser, method, List.of("POST"), request);
            return ApiExchange.Reply.of(202, ImportRunJson.of(imports.commit(actor, id)));
        }
        ApiExchange.allow(currentUser, method, List.of("GET"), request);
        return ApiExchange.Reply.of(200, ImportRunJson.of(imports.run(actor, id)));
    }

    private ApiExchange.Reply start(HttpServletRequest request, Actor actor) throws IOException {
        String fileName = Optional.ofNullable(request.getParameter("fileName")).filter(n -> !n.isBlank())
                .orElseThrow(() -> new ApiError(400, "Give the file's name as ?fileName=…, e.g. export.csv: the"
                        + " format is worked out from it"));
        if (request.getContentLengthLong() > MAX_UPLOAD) {
            throw new ApiError(413, "The file is over " + (MAX_UPLOAD / 1024 / 1024) + " MB: export fewer years at a time");
        }
        Path file = Files.createTempFile("thrive-import-api-", ".tmp");
        try (InputStream in = request.getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        Optional<String> format = Optional.ofNullable(request.getParameter("format")).filter(f -> !f.isBlank());
        var run = imports.start(actor, file, fileName, format);
        return new ApiExchange.Reply(202, ImportRunJson.of(run), Map.of("Location", PATH + "/" + run.id()));
    }
}
