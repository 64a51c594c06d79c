package org.thrivemis.roster.rest.internal;

import java.net.URI;

/**
 * A request to the provider that failed for good (after any retries): which URL, which HTTP status
 * (0 when there was no response) and what to do. Messages never carry credentials.
 */
class FetchFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of failure, which decides whether the whole source is unreadable. */
    enum Kind {
        /** The provider refused the credentials (401/403, or the token endpoint said no). */
        CREDENTIALS,
        /** The provider could not be reached at all (no connection). */
        UNREACHABLE,
        /** A response that cannot be used: an error status, a timeout, a broken or unexpected body. */
        BAD_RESPONSE
    }

    private final transient URI uri;
    private final int status;
    private final Kind kind;

    FetchFailure(Kind kind, URI uri, int status, String message) {
        super(message);
        this.kind = kind;
        this.uri = uri;
        this.status = status;
    }

    URI uri() {
        return uri;
    }

    /** The HTTP status, or 0 when no response came. */
    int status() {
        return status;
    }

    Kind kind() {
        return kind;
    }

    /** "HTTP 503" or "no response", for messages. */
    String statusText() {
        return status == 0 ? "no response" : "HTTP " + status;
    }
}
