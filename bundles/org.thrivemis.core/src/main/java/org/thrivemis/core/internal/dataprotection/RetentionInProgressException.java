package org.thrivemis.core.internal.dataprotection;

/**
 * A retention run was asked for while run {@link #number()} of this node is still going: one at a
 * time. The schedule takes this as "skip this turn", not as a failure.
 */
final class RetentionInProgressException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final int number;

    RetentionInProgressException(int number, String message) {
        super(message);
        this.number = number;
    }

    /** The run going now, numbered from 1 on this node since it started. */
    int number() {
        return number;
    }
}
