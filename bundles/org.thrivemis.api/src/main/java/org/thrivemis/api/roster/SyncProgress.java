package org.thrivemis.api.roster;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a running sync is.
 *
 * @param runId the run
 * @param sourceId the source
 * @param stage what it is doing, e.g. "Reading users.csv", "Checking the dataset", "Saving changes"
 * @param recordsRead records received from the source so far
 * @param startedAt when the run started
 */
public record SyncProgress(long runId, String sourceId, String stage, long recordsRead, Instant startedAt) {
    public SyncProgress {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
