package org.thrivemis.api.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.Target;

/**
 * An imported action plan as stored.
 *
 * @param key pupil and start date
 * @param reviewDate when it is to be reviewed
 * @param status where it was in Plan-Do-Review
 * @param targets the targets, in order
 * @param digest digest of the content
 * @param runId the import run that last wrote it
 * @param formatId the format it was read with
 */
public record StoredImportedPlan(ImportedPlanKey key, LocalDate reviewDate, PlanStatus status, List<Target> targets,
        String digest, long runId, String formatId) {
    public StoredImportedPlan {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reviewDate, "reviewDate");
        Objects.requireNonNull(status, "status");
        targets = List.copyOf(targets);
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(formatId, "formatId");
    }
}
