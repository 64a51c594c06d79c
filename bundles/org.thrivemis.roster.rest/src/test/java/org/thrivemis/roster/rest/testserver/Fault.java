package org.thrivemis.roster.rest.testserver;

import java.time.Duration;

/**
 * A fault the {@link OneRosterTestServer} injects into the next matching request.
 *
 * @param kind what goes wrong
 * @param status the HTTP status for {@link Kind#STATUS}
 * @param retryAfter the Retry-After header to send with it, or null
 * @param delay how long to stall before answering for {@link Kind#DELAY}
 */
public record Fault(Kind kind, int status, String retryAfter, Duration delay) {

    public enum Kind {
        /** Answer late (beyond the client's read timeout), then normally. */
        DELAY,
        /** Answer with an error status (429, 500, 503, 401, 404…). */
        STATUS,
        /** Answer 200 with the page cut off half-way. */
        TRUNCATED,
        /** Answer 200 with text that is not JSON. */
        MALFORMED,
        /** Answer 200 with JSON that is not a page of the collection. */
        WRONG_SHAPE
    }

    public static Fault delay(Duration d) {
        return new Fault(Kind.DELAY, 200, null, d);
    }

    public static Fault status(int status) {
        return new Fault(Kind.STATUS, status, null, Duration.ZERO);
    }

    public static Fault tooManyRequests(String retryAfter) {
        return new Fault(Kind.STATUS, 429, retryAfter, Duration.ZERO);
    }

    public static Fault of(Kind kind) {
        return new Fault(kind, 200, null, Duration.ZERO);
    }
}
