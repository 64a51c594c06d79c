package org.thrivemis.api.impact;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.thrivemis.api.plan.PlanStatus;

/**
 * When one action plan ran, for comparing a pupil's attendance before, during and after it. A
 * draft never counts; an active plan is still running (no end); a reviewed plan ran until its
 * latest review; a closed plan ran until it was closed, and what follows is "after".
 *
 * @param pupilId host pupil id
 * @param planId store id of the plan
 * @param status ACTIVE, REVIEWED or CLOSED
 * @param start the plan's start date
 * @param end the last day of the plan (latest review, or closing); empty while it is active
 */
public record PlanPeriod(String pupilId, long planId, PlanStatus status, LocalDate start, Optional<LocalDate> end) {
    public PlanPeriod {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (status == PlanStatus.DRAFT) {
            throw new IllegalArgumentException("plan " + planId + ": a draft plan has no period");
        }
    }

    /** Whether the plan was closed, so that attendance after {@link #end} is "after the plan". */
    public boolean closed() {
        return status == PlanStatus.CLOSED;
    }
}
