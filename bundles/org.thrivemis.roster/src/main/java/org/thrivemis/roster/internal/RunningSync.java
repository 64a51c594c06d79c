package org.thrivemis.roster.internal;

import java.time.Instant;
import org.thrivemis.api.roster.SyncProgress;

/** The one run in progress of a source: the lock that keeps a second run out, and its progress. */
final class RunningSync {
    final String sourceId;
    final Instant startedAt;
    final Dataset data;
    volatile long runId = -1;
    volatile String stage = "Starting";

    RunningSync(String sourceId, Instant startedAt) {
        this.sourceId = sourceId;
        this.startedAt = startedAt;
        // the source reports its stage through the dataset it fills
        this.data = new Dataset(text -> this.stage = text);
    }

    SyncProgress progress() {
        return new SyncProgress(runId, sourceId, stage, data.records(), startedAt);
    }
}
