package org.thrivemis.web.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Just enough of a servlet request and response to call the servlet directly: every method the
 * servlet does not use throws, so a new dependency on the container shows up in the tests.
 */
final class HttpDoubles {

    private HttpDoubles() {
    }

    static HttpServletRequest request(String method, String pathInfo, Map<String, String> headers, String body) {
        return request(method, pathInfo, headers, body, Map.of());
    }

    /** A request with query parameters (one value each). */
    static HttpServletRequest request(String method, String pathInfo, Map<String, String> headers, String body,
            Map<String, String> parameters) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return (HttpServletRequest) Proxy.newProxyInstance(HttpDoubles.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> pathInfo;
                    case "getContextPath" -> "";
                    case "getServletPath" -> "/api/v1";
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getInputStream" -> input(bytes);
                    case "toString" -> method + " " + pathInfo;
                    default -> throw new UnsupportedOperationException("request." + m.getName());
                });
    }

    /** What the servlet answered. */
    static final class Response {
        int status = 200;
        String contentType;
        final Map<String, String> headers = new LinkedHashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        final HttpServletResponse proxy = (HttpServletResponse) Proxy.newProxyInstance(
                HttpDoubles.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> status = (Integer) args[0];
                        case "setContentType" -> contentType = (String) args[0];
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setContentLength" -> headers.put("Content-Length", String.valueOf(args[0]));
                        case "getOutputStream" -> {
                            return output(body);
                        }
                        default -> throw new UnsupportedOperationException("response." + m.getName());
                    }
                    return null;
                });

        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(body.toByteArray());
        }
    }

    private static ServletInputStream input(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static ServletOutputStream output(ByteArrayOutputStream out) {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
