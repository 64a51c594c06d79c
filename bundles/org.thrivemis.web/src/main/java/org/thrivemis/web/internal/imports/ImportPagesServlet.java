package org.thrivemis.web.internal.imports;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.imports.ImportRun;
import org.thrivemis.api.imports.ImportService;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;

/**
 * {@code /thrive/admin/imports}: upload a Thrive-Online export (the format detected or chosen), then
 * {@code /thrive/admin/imports/{id}}: the run's progress (the page reloads itself while it works, no
 * script needed), its preview (counts, problems and rows to resolve) with an "Import" button when it
 * has no problems, the result, and the report CSV. The domain ({@link ImportService}) decides who may.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ImportPagesServlet.PATH, ImportPagesServlet.PATH + "/*"})
@HttpWhiteboardServletName("thrive-imports-admin")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
@HttpWhiteboardServletMultipart(enabled = true, maxFileSize = ImportPagesServlet.MAX_UPLOAD,
        maxRequestSize = ImportPagesServlet.MAX_UPLOAD + 64 * 1024)
public final class ImportPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/thrive/admin/imports";
    /** A school's export is a few MB; a trust's history 1M rows is ~100 MB. */
    static final long MAX_UPLOAD = 500L * 1024 * 1024;
    static final int RUNS_SHOWN = 20;
    private static final Pattern RUN = Pattern.compile("/([0-9]{1,18})(/commit|/report\\.csv)?/?");

    private final transient ImportService imports;
    private final transient RoleMapping roles;
    private final transient CurrentUser currentUser;
    private final transient Templates templates = new Templates();

    @Activate
    public ImportPagesServlet(@Reference ImportService imports, @Reference RoleMapping roles,
            @Reference CurrentUser currentUser) {
        this.imports = imports;
        this.roles = roles;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = actor(request, response);
        if (actor.isEmpty()) {
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.isEmpty() || "/".equals(path)) {
            list(request, response, actor.get(), 200, Optional.empty());
            return;
        }
        Matcher m = RUN.matcher(path);
        if (!m.matches() || "/commit".equals(m.group(2))) {
            response.sendError(404);
            return;
        }
        long id = Long.parseLong(m.group(1));
        try {
            if ("/report.csv".equals(m.group(2))) {
                response.setContentType("text/csv; charset=utf-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"thrive-import-" + id + "-report.csv\"");
                imports.report(actor.get(), id, response.getOutputStream());
                return;
            }
            run(request, response, imports.run(actor.get(), id), 200, Optional.empty());
        } catch (AccessDeniedException e) {
            list(request, response, actor.get(), 403, Optional.of(e.getMessage()));
        } catch (NotFoundException e) {
            list(request, response, actor.get(), 404, Optional.of(e.getMessage()));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException,
            ServletException {
        Optional<Actor> actor = actor(request, response);
        if (actor.isEmpty()) {
            return;
        }
        if (!currentUser.csrfValid(request)) {
            list(request, response, actor.get(), 403, Optional.of("The form had expired. Try again."));
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher m = RUN.matcher(path);
        try {
            if (m.matches() && "/commit".equals(m.group(2))) {
                long id = Long.parseLong(m.group(1));
                try {
                    imports.commit(actor.get(), id);
                } catch (ValidationException e) {
                    run(request, response, imports.run(actor.get(), id), 409, Optional.of(first(e)));
                    return;
                }
                // post, redirect, get: a reload does not import twice
                response.sendRedirect(request.getContextPath() + PATH + "/" + id);
                return;
            }
            upload(request, response, actor.get());
        } catch (AccessDeniedException e) {
            list(request, response, actor.get(), 403, Optional.of(e.getMessage()));
        } catch (NotFoundException e) {
            list(request, response, actor.get(), 404, Optional.of(e.getMessage()));
        } catch (IllegalStateException e) {
            // the container refused the upload (too large)
            list(request, response, actor.get(), 413, Optional.of("The file is larger than "
                    + (MAX_UPLOAD / 1024 / 1024) + " MB. Export fewer years at a time."));
        }
    }

    private void upload(HttpServletRequest request, HttpServletResponse response, Actor actor) throws IOException,
            ServletException {
        Part part = request.getPart("export");
        if (part == null || part.getSize() == 0) {
            list(request, response, actor, 400, Optional.of("Select the Thrive-Online export file to upload"));
            return;
        }
        String fileName = Optional.ofNullable(part.getSubmittedFileName()).map(n -> Path.of(n.replace('\\', '/'))
                .getFileName().toString()).orElse("export");
        Path file = Files.createTempFile("thrive-import-upload-", ".tmp");
        try (InputStream in = part.getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        String format = Optional.ofNullable(request.getParameter("format")).orElse("");
        try {
            ImportRun run = imports.start(actor, file, fileName, format.isBlank() ? Optional.empty()
                    : Optional.of(format));
            response.sendRedirect(request.getContextPath() + PATH + "/" + run.id());
        } catch (ValidationException e) {
            list(request, response, actor, 400, Optional.of(first(e)));
        }
    }

    private static String first(ValidationException e) {
        return e.problems().stream().map(Problem::message).findFirst().orElse(e.getMessage());
    }

    private Optional<Actor> actor(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return ThriveAccess.viewerOrSignIn(currentUser, request, response).map(v -> ThriveAccess.actorOf(roles, v));
    }

    private void list(HttpServletRequest request, HttpServletResponse response, Actor actor, int status,
            Optional<String> error) throws IOException {
        String base = request.getContextPath() + PATH;
        ImportViews.ListView view;
        try {
            List<ImportViews.RunRow> runs = imports.recent(actor, RUNS_SHOWN).stream()
                    .map(r -> ImportViews.row(r, base)).toList();
            boolean working = imports.recent(actor, RUNS_SHOWN).stream().anyMatch(r -> r.status().working());
            view = new ImportViews.ListView(ImportViews.STYLESHEET, base, CurrentUser.CSRF_FIELD,
                    currentUser.csrfToken(request), imports.formats(), runs, working, error);
        } catch (AccessDeniedException e) {
            status = 403;
            view = new ImportViews.ListView(ImportViews.STYLESHEET, base, CurrentUser.CSRF_FIELD, "", List.of(),
                    List.of(), false, Optional.of(e.getMessage()));
        }
        templates.respond(response, status, "imports/list.jte", view);
    }

    private void run(HttpServletRequest request, HttpServletResponse response, ImportRun run, int status,
            Optional<String> error) throws IOException {
        templates.respond(response, status, "imports/run.jte", ImportViews.run(run, request.getContextPath() + PATH,
                CurrentUser.CSRF_FIELD, currentUser.csrfToken(request), error));
    }
}
