package org.thrivemis.web.internal.api;

import java.util.List;
import java.util.Map;

/**
 * Ends a request early with a status and a message for the client, e.g. 401 when nobody is
 * signed in; the servlet turns it into {@code {"error": "..."}}.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, String> headers;

    ApiError(int status, String message) {
        this(status, message, Map.of());
    }

    private ApiError(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    /** 405 with the {@code Allow} header listing what the resource answers. */
    static ApiError methodNotAllowed(String method, List<String> allowed) {
        String list = String.join(", ", allowed);
        return new ApiError(405, method + " is not supported here; use " + list, Map.of("Allow", list));
    }

    int status() {
        return status;
    }

    /** Extra response headers. */
    Map<String, String> headers() {
        return headers;
    }
}
