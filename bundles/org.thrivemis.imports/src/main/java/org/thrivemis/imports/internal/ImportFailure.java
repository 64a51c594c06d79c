package org.thrivemis.imports.internal;

/** Stops a step and rolls its transaction back; the message tells the user what happened and what to do. */
final class ImportFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ImportFailure(String message) {
        super(message);
    }

    ImportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
