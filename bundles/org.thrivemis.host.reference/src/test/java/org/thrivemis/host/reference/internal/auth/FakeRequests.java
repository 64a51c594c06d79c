package org.thrivemis.host.reference.internal.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * Just enough of a browser talking to the servlet container for the session tests: one session
 * (cookie) shared by the requests made from it, headers and parameters per request.
 */
final class FakeRequests {

    private final Map<String, Object> attributes = new HashMap<>();
    private boolean sessionExists;
    private int sessionId = 1;
    private int maxInactive;

    /** A request from this browser with the given headers and parameters. */
    HttpServletRequest request(Map<String, String> headers, Map<String, String> parameters) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSession" -> {
                        boolean create = args == null || (Boolean) args[0];
                        if (!sessionExists && create) {
                            sessionExists = true;
                        }
                        yield sessionExists ? session() : null;
                    }
                    case "changeSessionId" -> "id" + (++sessionId);
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getParameter" -> parameters.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    HttpServletRequest request() {
        return request(Map.of(), Map.of());
    }

    int sessionId() {
        return sessionId;
    }

    int maxInactiveInterval() {
        return maxInactive;
    }

    boolean hasSession() {
        return sessionExists;
    }

    private HttpSession session() {
        return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    case "setMaxInactiveInterval" -> {
                        maxInactive = (Integer) args[0];
                        yield null;
                    }
                    case "invalidate" -> {
                        attributes.clear();
                        sessionExists = false;
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
