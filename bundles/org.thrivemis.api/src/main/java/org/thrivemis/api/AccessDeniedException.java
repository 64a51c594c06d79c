package org.thrivemis.api;

/** The actor's roles or classes do not allow the action. Already audited when thrown. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
