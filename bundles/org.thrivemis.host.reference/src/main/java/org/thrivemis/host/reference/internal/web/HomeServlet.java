package org.thrivemis.host.reference.internal.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.host.reference.internal.auth.HostSessions;

/**
 * The default servlet: {@code /} goes to the pupil list; any address no servlet serves gets the
 * host's "Page not found" in the page chrome.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
public final class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient HostSessions sessions;
    private final transient HostPages pages;

    @Activate
    public HomeServlet(@Reference HostSessions sessions) {
        this.sessions = sessions;
        this.pages = new HostPages(sessions, new Templates());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/".equals(request.getRequestURI()) && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            HostPages.redirect(response, "/pupils");
            return;
        }
        pages.error(request, response, sessions.viewer(request), HttpError.NOT_FOUND);
    }
}
