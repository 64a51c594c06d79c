package org.thrivemis.host.reference.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Addresses the host redirects to: only paths on this server, so a crafted link cannot send a
 * member of staff elsewhere after signing in ("open redirect").
 */
public final class LocalPaths {

    private static final int MAX_LENGTH = 2000;

    private LocalPaths() {
    }

    /** Whether the text is a path on this server: starts with one slash, no scheme, host or control characters. */
    public static boolean isLocal(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/') {
            return false;
        }
        if (path.startsWith("//") || path.indexOf('\\') >= 0) {
            return false;
        }
        return path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** The request's own path and query, e.g. {@code /pupils?q=smith}. */
    public static String pathAndQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** Text percent-encoded for a path segment or a query value (spaces as %20, never +). */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The sign-in page, coming back to this request's page afterwards. */
    public static String loginFor(HttpServletRequest request) {
        return "/login?next=" + URLEncoder.encode(pathAndQuery(request), StandardCharsets.UTF_8);
    }
}
