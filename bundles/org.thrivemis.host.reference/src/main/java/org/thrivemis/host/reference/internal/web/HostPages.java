package org.thrivemis.host.reference.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.thrivemis.host.reference.internal.auth.HostSessions;
import org.thrivemis.mis.api.Viewer;

/**
 * What every page servlet of the host does the same way: find the signed-in viewer (or send them
 * to sign in), build the chrome, write a rendered page with a status, and show an error page in
 * the same chrome.
 */
public final class HostPages {

    private final HostSessions sessions;
    private final Templates templates;

    public HostPages(HostSessions sessions, Templates templates) {
        this.sessions = sessions;
        this.templates = templates;
    }

    /** The host's sessions. */
    public HostSessions sessions() {
        return sessions;
    }

    /**
     * The signed-in viewer. Without one, a page request is sent to sign in and come back
     * (303), and anything else (a form post) is refused (403); the caller then stops.
     */
    public Optional<Viewer> viewerOrSignIn(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<Viewer> viewer = sessions.viewer(request);
        if (viewer.isEmpty()) {
            if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
                redirect(response, LocalPaths.loginFor(request));
            } else {
                error(request, response, Optional.empty(), HttpError.FORM_EXPIRED);
            }
        }
        return viewer;
    }

    /**
     * The signed-in viewer, if they hold the permission. Otherwise the request has been answered
     * (sent to sign in, or 403) and the caller stops.
     */
    public Optional<Viewer> permitted(HttpServletRequest request, HttpServletResponse response, String permission)
            throws IOException {
        Optional<Viewer> viewer = viewerOrSignIn(request, response);
        if (viewer.isPresent() && !viewer.get().has(permission)) {
            error(request, response, viewer, HttpError.FORBIDDEN);
            return Optional.empty();
        }
        return viewer;
    }

    /** Chrome for a signed-in viewer. */
    public Chrome chrome(HttpServletRequest request, Viewer viewer, String title, Chrome.Section section) {
        return Chrome.signedIn(title, viewer, section, sessions.csrfToken(request));
    }

    /** The template rendered to a string (for fragments placed inside another page). */
    public String fragment(String template, Object model) {
        return templates.render(template, model);
    }

    /** Writes a page. */
    public void page(HttpServletResponse response, int status, String template, Object model) throws IOException {
        String html = templates.render(template, model);
        // encoded in one go: Jetty's response writer encodes char by char, which a profile of the
        // class page (50 users) showed as a quarter of the server's time
        byte[] body = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Writes an error page in the chrome of the viewer (or the signed-out chrome). */
    public void error(HttpServletRequest request, HttpServletResponse response, Optional<Viewer> viewer,
            HttpError error) throws IOException {
        error(request, response, viewer, error, error.status());
    }

    /** Writes an error page with a status of the caller's choosing (e.g. 502 shown as the 500 page). */
    public void error(HttpServletRequest request, HttpServletResponse response, Optional<Viewer> viewer,
            HttpError error, int status) throws IOException {
        Chrome chrome = viewer.map(v -> chrome(request, v, error.heading(), Chrome.Section.NONE))
                .orElseGet(() -> Chrome.anonymous(error.heading()));
        page(response, status, "error.jte", new ErrorPage(chrome, status, error.heading(), error.advice()));
    }

    /** 303 See Other: after a form post, or to send the browser elsewhere. */
    public static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }
}
