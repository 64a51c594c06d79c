package org.thrivemis.host.reference.internal.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /assets/*}: GOV.UK Frontend 5.7.1 (CSS, JS, fonts, images; embedded from the webjar at
 * build time) and the host's own small stylesheet and script, with their content types and a long
 * cache lifetime. GOV.UK Frontend's CSS looks for its fonts and images under {@code /assets/fonts}
 * and {@code /assets/images}, which is why they are served at exactly those paths.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/assets/*")
public final class AssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/5.7.1/dist/govuk/";
    private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)?");
    private static final String ONE_YEAR = "public, max-age=31536000";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "woff2", "font/woff2",
            "woff", "font/woff",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/manifest+json");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<URL> resource = path == null || !SAFE_PATH.matcher(path).matches() ? Optional.empty() : locate(path);
        String type = resource.isEmpty() ? null : TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (type == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("Cache-Control", ONE_YEAR);
        try (InputStream in = resource.get().openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    /** Where an asset path lives in this bundle. */
    static Optional<String> entryFor(String path) {
        if (path.startsWith("/fonts/") || path.startsWith("/images/")) {
            return Optional.of(GOVUK + "assets" + path);
        }
        return switch (path) {
            case "/govuk-frontend.min.css", "/govuk-frontend.min.js" -> Optional.of(GOVUK + path.substring(1));
            case "/manifest.json" -> Optional.of(GOVUK + "assets/manifest.json");
            case "/app.css", "/app.js" -> Optional.of("static" + path);
            default -> Optional.empty();
        };
    }

    private Optional<URL> locate(String path) {
        return entryFor(path).map(entry -> AssetServlet.class.getClassLoader().getResource(entry));
    }
}
