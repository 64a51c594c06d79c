package org.thrivemis.api.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan's content as entered, for creating or updating a plan. Checked by the service, which
 * reports every problem at once.
 *
 * @param targets the targets, at least one
 * @param activities school and home activities, in the order shown
 * @param relationalNotes notes per relational function; functions without notes may be absent
 * @param startDate when the plan starts
 * @param reviewDate when it is to be reviewed; empty for the default, 8 weeks after the start
 */
public record PlanDraft(List<Target> targets, List<PlanActivity> activities,
        Map<RelationalFunction, String> relationalNotes, LocalDate startDate, Optional<LocalDate> reviewDate) {
    public PlanDraft {
        targets = List.copyOf(targets);
        activities = List.copyOf(activities);
        relationalNotes = Map.copyOf(relationalNotes);
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(reviewDate, "reviewDate");
    }
}
