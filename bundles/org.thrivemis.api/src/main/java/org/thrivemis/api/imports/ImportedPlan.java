package org.thrivemis.api.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.Target;

/**
 * An action plan from an export: its targets and dates.
 *
 * @param line the 1-based source line
 * @param pupil who it is about
 * @param startDate when the plan started (with the pupil, its identity across imports)
 * @param reviewDate when it is to be reviewed
 * @param status where it was in Plan-Do-Review
 * @param targets the targets, in order
 */
public record ImportedPlan(long line, PupilIdentity pupil, LocalDate startDate, LocalDate reviewDate,
        PlanStatus status, List<Target> targets) implements ImportRecord {
    public ImportedPlan {
        Objects.requireNonNull(pupil, "pupil");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(reviewDate, "reviewDate");
        Objects.requireNonNull(status, "status");
        targets = List.copyOf(targets);
    }
}
