package org.thrivemis.host.reference.internal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletErrorPage;
import org.thrivemis.host.reference.internal.auth.HostSessions;

/**
 * The error page of the default servlet context: when any servlet (the host's or a plugin's) calls
 * {@code sendError} or throws, staff see the host's chrome and advice instead of a bare container
 * page. The exception itself is logged, never shown.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletErrorPage(errorPage = {"4xx", "5xx", "java.lang.Throwable"})
public final class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(ErrorPageServlet.class.getName());

    private final transient HostSessions sessions;
    private final transient HostPages pages;

    @Activate
    public ErrorPageServlet(@Reference HostSessions sessions) {
        this.sessions = sessions;
        this.pages = new HostPages(sessions, new Templates());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable t) {
            LOG.log(System.Logger.Level.ERROR, "Request " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                    + " failed", t);
        }
        int code = status instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        HttpError error = HttpError.forStatus(code);
        pages.error(request, response, sessions.viewer(request), error, code);
    }
}
