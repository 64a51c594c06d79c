package org.thrivemis.web.internal.screening;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Serves the grid's autosave script from the bundle. A file, not an inline script: the host's
 * Content-Security-Policy ({@code default-src 'self'}) refuses inline scripts, rightly.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(ScreeningUrls.SCRIPT)
@HttpWhiteboardServletName("thrive-screening-script")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class ScreeningScriptServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final byte[] SCRIPT = read();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/javascript; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(SCRIPT.length);
        response.getOutputStream().write(SCRIPT);
    }

    private static byte[] read() {
        try (InputStream in = ScreeningScriptServlet.class.getResourceAsStream("/static/screening.js")) {
            if (in == null) {
                throw new IllegalStateException("static/screening.js is missing from the web bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
