package org.thrivemis.api.roster;

/** A sync of the source is already running; the second is refused rather than run alongside. */
public class SyncAlreadyRunningException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final long runningRunId;

    public SyncAlreadyRunningException(String sourceId, long runningRunId) {
        super("A sync of source '" + sourceId + "' is already running (run " + runningRunId
                + "). Wait for it to finish, then run it again if you still need to.");
        this.runningRunId = runningRunId;
    }

    /** The run that is in progress. */
    public long runningRunId() {
        return runningRunId;
    }
}
