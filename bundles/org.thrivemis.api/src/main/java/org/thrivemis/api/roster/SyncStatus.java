package org.thrivemis.api.roster;

/** The state of a sync run. */
public enum SyncStatus {
    /** Reading, validating or applying now. */
    RUNNING("Running"),
    /** Every change was applied in one transaction. */
    APPLIED("Applied"),
    /** The data had errors: nothing was changed. */
    REFUSED("Refused: nothing changed"),
    /** The source or the store failed: nothing was changed. */
    FAILED("Failed: nothing changed"),
    /** The process running it stopped (its heartbeat went stale): nothing was changed. */
    INTERRUPTED("Interrupted: nothing changed");

    private final String label;

    SyncStatus(String label) {
        this.label = label;
    }

    /** As shown to admins. */
    public String label() {
        return label;
    }
}
