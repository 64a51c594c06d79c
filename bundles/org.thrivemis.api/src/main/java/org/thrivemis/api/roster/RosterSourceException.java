package org.thrivemis.api.roster;

/** A source cannot be read at all; the message says what to do. Nothing was changed. */
public class RosterSourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RosterSourceException(String message) {
        super(message);
    }

    public RosterSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
