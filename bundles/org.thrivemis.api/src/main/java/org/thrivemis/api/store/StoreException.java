package org.thrivemis.api.store;

/** The store failed (database unreachable, constraint broken); the transaction was rolled back. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
