package org.thrivemis.host.reference.internal.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.host.reference.internal.auth.HostSessions;
import org.thrivemis.mis.api.Viewer;

/**
 * Sign-out: {@code POST /logout} with the session's CSRF token ends the session and shows the
 * sign-in page. Without a valid token nothing happens (403), so another site cannot sign staff out.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/logout")
public final class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient HostSessions sessions;
    private final transient HostPages pages;

    @Activate
    public LogoutServlet(@Reference HostSessions sessions) {
        this.sessions = sessions;
        this.pages = new HostPages(sessions, new Templates());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Viewer> viewer = sessions.viewer(request);
        if (viewer.isPresent() && !sessions.csrfValid(request)) {
            pages.error(request, response, viewer, HttpError.FORM_EXPIRED);
            return;
        }
        sessions.signOut(request);
        HostPages.redirect(response, "/login?signedOut");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.error(request, response, sessions.viewer(request), HttpError.METHOD_NOT_ALLOWED);
    }
}
