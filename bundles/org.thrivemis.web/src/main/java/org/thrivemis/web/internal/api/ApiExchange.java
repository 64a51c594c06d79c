package org.thrivemis.web.internal.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.ValidationException;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.mis.api.CurrentUser;

/**
 * One JSON API call from start to answer, the same for profiles and plans: the handler's reply, or
 * the domain's exceptions turned into statuses and the shared error shapes (400 problems, 403, 404,
 * 409 with who changed what, 500 with a reference that is logged).
 */
final class ApiExchange {

    private ApiExchange() {
    }

    /** A successful answer: status, JSON body and extra headers. */
    record Reply(int status, Object body, Map<String, String> headers) {
        static Reply of(int status, Object body) {
            return new Reply(status, body, Map.of());
        }

        /** A versioned record: its version as the ETag (for If-Match), and where it lives when new. */
        static Reply versioned(int status, Object body, long version, Optional<String> location) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("ETag", "\"" + version + "\"");
            location.ifPresent(l -> headers.put("Location", l));
            return new Reply(status, body, headers);
        }
    }

    /** The body of a 409: the stale save was refused, and this is what changed meanwhile. */
    record ConflictJson(String error, long currentVersion, String changedBy, Instant changedAt, List<String> changes) {
    }

    /** Works out the reply to one request. */
    @FunctionalInterface
    interface Handler {
        Reply handle() throws IOException;
    }

    /**
     * Runs the handler and answers.
     *
     * @param conflictLead how a 409 starts, e.g. "Someone else changed this plan"
     */
    static void serve(Json json, HttpServletRequest request, HttpServletResponse response, String path,
            String conflictLead, System.Logger log, Handler handler) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            Reply reply = handler.handle();
            reply.headers().forEach(response::setHeader);
            send(json, response, reply.status(), reply.body());
        } catch (ApiError e) {
            e.headers().forEach(response::setHeader);
            send(json, response, e.status(), new ErrorJson.Message(e.getMessage()));
        } catch (BadJsonException e) {
            send(json, response, 400, new ErrorJson.Problems(List.of(e.problem())));
        } catch (ValidationException e) {
            send(json, response, 400, new ErrorJson.Problems(e.problems()));
        } catch (AccessDeniedException e) {
            send(json, response, 403, new ErrorJson.Message(e.getMessage()));
        } catch (ConsentRequiredException e) {
            send(json, response, ThriveAccess.NO_CONSENT_STATUS, new ErrorJson.Message(e.getMessage()));
        } catch (NotFoundException e) {
            send(json, response, 404, new ErrorJson.Message(e.getMessage()));
        } catch (ConflictException e) {
            response.setHeader("ETag", "\"" + e.currentVersion() + "\"");
            send(json, response, 409, new ConflictJson(conflictLead + ": " + e.getMessage(),
                    e.currentVersion(), e.changedBy(), e.changedAt(), e.changes()));
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            log.log(Level.ERROR, "Thrive API " + request.getMethod() + " " + path + " failed, reference " + reference, e);
            send(json, response, 500, new ErrorJson.Message(
                    "Something went wrong on the server; quote reference " + reference + " to your MIS support team",
                    reference));
        }
    }

    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?([0-9]{1,18})\"?");

    /**
     * Refuses a method the resource does not take (405 with Allow), and a change without the
     * session's CSRF token (403).
     */
    static void allow(CurrentUser currentUser, String method, List<String> methods, HttpServletRequest request) {
        if (!methods.contains(method)) {
            throw ApiError.methodNotAllowed(method, methods);
        }
        if (!"GET".equals(method) && !currentUser.csrfValid(request)) {
            throw new ApiError(403, "Missing or wrong CSRF token: send the session's token in the X-CSRF-Token header");
        }
    }

    /**
     * The version from {@code If-Match}: a change without it could overwrite someone else's (428).
     *
     * @param what the record, e.g. "plan", and where its ETag comes from, for the message
     */
    static long ifMatch(HttpServletRequest request, String what, String etagFrom) {
        String header = request.getHeader("If-Match");
        if (header == null || header.isBlank()) {
            throw new ApiError(428, "Send If-Match with the " + what + "'s version (the ETag of " + etagFrom + "),"
                    + " so a change made meanwhile by someone else is not overwritten");
        }
        Matcher m = VERSION.matcher(header.strip());
        if (!m.matches()) {
            throw new ApiError(400, "If-Match \"" + header + "\" is not a " + what + " version: send the ETag, for example \"3\"");
        }
        return Long.parseLong(m.group(1));
    }

    /** The request body, refused (413) over {@code maxBytes}. */
    static byte[] body(HttpServletRequest request, int maxBytes, String what) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw new ApiError(413, "The request body is over " + maxBytes + " bytes; a " + what + " is far smaller");
            }
            return body;
        }
    }

    /** Writes a JSON body with its status. */
    static void send(Json json, HttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes = json.write(body);
        response.setStatus(status);
        response.setContentType(ConsentApiServlet.CONTENT_TYPE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
