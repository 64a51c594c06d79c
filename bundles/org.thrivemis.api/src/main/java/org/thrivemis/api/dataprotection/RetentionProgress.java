package org.thrivemis.api.dataprotection;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a retention run has got: while it runs, and once it ended. Counts only, no pupil: the
 * progress is shown to whoever may see the policy.
 *
 * @param startedBy who started it (a person, or the schedule)
 * @param startedAt when
 * @param action archive or erase
 * @param total pupils the run set out to process
 * @param done pupils processed so far (each in a transaction of its own)
 * @param finishedAt when it ended; empty while it runs
 * @param failure why it stopped early, if it did (the pupils before it stay processed)
 * @since 1.1
 */
public record RetentionProgress(String startedBy, Instant startedAt, RetentionAction action, int total, int done,
        Optional<Instant> finishedAt, Optional<String> failure) {
    public RetentionProgress {
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(failure, "failure");
        if (total < 0 || done < 0 || done > total) {
            throw new IllegalArgumentException("done " + done + " of total " + total);
        }
    }

    /** Whether the run is still going. */
    public boolean running() {
        return finishedAt.isEmpty();
    }

    /** Whole per cent processed; 100 for a run with nothing to do. */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }
}
