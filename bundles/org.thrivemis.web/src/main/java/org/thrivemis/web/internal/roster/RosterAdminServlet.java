package org.thrivemis.web.internal.roster;

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
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.roster.RosterSync;
import org.thrivemis.api.roster.SourceInfo;
import org.thrivemis.api.roster.SyncAlreadyRunningException;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;

/**
 * {@code /thrive/admin/roster}: the configured roster sources with a "Run sync now" button each,
 * the progress of running syncs (the page reloads itself while one runs, no script needed), the
 * latest runs with their counts and issues, and an upload form for a OneRoster CSV ZIP. Syncs run
 * in the background; the domain ({@link RosterSync}) decides who may run them.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({RosterAdminServlet.PATH, RosterAdminServlet.PATH + "/*"})
@HttpWhiteboardServletName("thrive-roster-admin")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
@HttpWhiteboardServletMultipart(enabled = true, maxFileSize = RosterAdminServlet.MAX_UPLOAD,
        maxRequestSize = RosterAdminServlet.MAX_UPLOAD + 64 * 1024)
public final class RosterAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/thrive/admin/roster";
    /** A trust's OneRoster ZIP is a few MB; 200 MB leaves room and still refuses a mistake. */
    static final long MAX_UPLOAD = 200L * 1024 * 1024;
    static final int RUNS_SHOWN = 10;

    private final transient RosterSync sync;
    private final transient RoleMapping roles;
    private final transient CurrentUser currentUser;
    private final transient Templates templates = new Templates();

    @Activate
    public RosterAdminServlet(@Reference RosterSync sync, @Reference RoleMapping roles,
            @Reference CurrentUser currentUser) {
        this.sync = sync;
        this.roles = roles;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = actor(request, response);
        if (actor.isPresent()) {
            String notice = request.getParameter("started") == null ? null
                    : "Sync started (run " + request.getParameter("started").replaceAll("[^0-9]", "")
                            + "). This page shows its progress and refreshes until it finishes.";
            page(request, response, actor.get(), 200, Optional.empty(), Optional.ofNullable(notice));
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
            page(request, response, actor.get(), 403, Optional.of("The form had expired. Try again."),
                    Optional.empty());
            return;
        }
        String sourceId = Optional.ofNullable(request.getParameter("source")).orElse("");
        boolean upload = "/upload".equals(request.getPathInfo());
        try {
            long runId;
            if (upload) {
                Optional<Path> zip = saveUpload(request);
                if (zip.isEmpty()) {
                    page(request, response, actor.get(), 400, Optional.of("Select a OneRoster ZIP file to upload."),
                            Optional.empty());
                    return;
                }
                try {
                    runId = sync.start(actor.get(), sourceId, zip);
                } catch (RuntimeException e) {
                    Files.deleteIfExists(zip.get()); // not handed over: no run will delete it
                    throw e;
                }
            } else {
                runId = sync.start(actor.get(), sourceId, Optional.empty());
            }
            // post, redirect, get: a reload does not start a second run
            response.sendRedirect(request.getContextPath() + PATH + "?started=" + runId);
        } catch (SyncAlreadyRunningException e) {
            page(request, response, actor.get(), 409, Optional.of(e.getMessage()), Optional.empty());
        } catch (NotFoundException e) {
            page(request, response, actor.get(), 404, Optional.of(e.getMessage()), Optional.empty());
        } catch (AccessDeniedException e) {
            page(request, response, actor.get(), 403, Optional.of(e.getMessage()), Optional.empty());
        } catch (IllegalStateException e) {
            // the container refused the upload (too large)
            page(request, response, actor.get(), 413, Optional.of("The file is larger than "
                    + (MAX_UPLOAD / 1024 / 1024) + " MB. Upload the OneRoster ZIP only."), Optional.empty());
        }
    }

    /** Saves the uploaded ZIP to a file of its own; the sync deletes it when the run ends. */
    private static Optional<Path> saveUpload(HttpServletRequest request) throws IOException, ServletException {
        Part part = request.getPart("dataset");
        if (part == null || part.getSize() == 0) {
            return Optional.empty();
        }
        Path file = Files.createTempFile("thrive-roster-upload-", ".zip");
        try (InputStream in = part.getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return Optional.of(file);
    }

    private Optional<Actor> actor(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return ThriveAccess.viewerOrSignIn(currentUser, request, response).map(v -> ThriveAccess.actorOf(roles, v));
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Actor actor, int status,
            Optional<String> error, Optional<String> notice) throws IOException {
        RosterViews.AdminView view;
        try {
            List<SourceInfo> sources = sync.sources(actor);
            List<RosterViews.RunView> runs = sync.recentRuns(actor, RUNS_SHOWN).stream().map(RosterViews::run)
                    .toList();
            boolean running = sources.stream().anyMatch(s -> s.running().isPresent());
            view = new RosterViews.AdminView(RosterViews.STYLESHEET, request.getContextPath() + PATH,
                    CurrentUser.CSRF_FIELD, currentUser.csrfToken(request),
                    sources.stream().map(RosterViews::source).toList(), runs, running, error, notice);
        } catch (AccessDeniedException e) {
            status = 403;
            view = new RosterViews.AdminView(RosterViews.STYLESHEET, request.getContextPath() + PATH,
                    CurrentUser.CSRF_FIELD, "", List.of(), List.of(), false, Optional.of(e.getMessage()),
                    Optional.empty());
        }
        templates.respond(response, status, "roster/admin.jte", view);
    }
}
