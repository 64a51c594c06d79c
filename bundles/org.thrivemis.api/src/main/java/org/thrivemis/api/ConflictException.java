package org.thrivemis.api;

import java.time.Instant;
import java.util.List;

/**
 * A save was refused because someone else saved the same record since it was opened (optimistic
 * locking): nothing was overwritten. Carries who changed it, when, and what they changed, so the
 * user can compare and decide.
 */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long currentVersion;
    private final String changedBy;
    private final transient Instant changedAt;
    private final transient List<String> changes;

    public ConflictException(String what, long currentVersion, String changedBy, Instant changedAt, List<String> changes) {
        super(what + " was changed by " + changedBy + " at " + changedAt + " since you opened it: "
                + (changes.isEmpty() ? "reload to see their version" : String.join("; ", changes)));
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.changes = List.copyOf(changes);
    }

    /** The version now stored. */
    public long currentVersion() {
        return currentVersion;
    }

    /** Name of who saved the newer version. */
    public String changedBy() {
        return changedBy;
    }

    /** When they saved it. */
    public Instant changedAt() {
        return changedAt;
    }

    /** What differs between the version the user opened and the stored one, in words. */
    public List<String> changes() {
        return changes;
    }
}
