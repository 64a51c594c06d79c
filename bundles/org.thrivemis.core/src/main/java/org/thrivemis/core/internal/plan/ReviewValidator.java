package org.thrivemis.core.internal.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.thrivemis.api.Problem;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.ReviewInput;

/**
 * Checks a review as entered against the plan it reviews: a progress rating for every target, a
 * date in the plan's life and not in the future, and only an individual profile to start. Reports every problem at once.
 */
public final class ReviewValidator {
    static final int NOTES_MAX = 4000;

    private final Clock clock;

    public ReviewValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every problem with the review of this plan; empty when it may be stored. */
    public List<Problem> problems(ActionPlan plan, ReviewInput review) {
        List<Problem> problems = new ArrayList<>();
        LocalDate on = review.reviewedOn();
        if (on.isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("reviewedOn", on.toString(), "Date of the review must be today or in the past"));
        } else if (on.isBefore(plan.startDate())) {
            problems.add(new Problem("reviewedOn", on.toString(),
                    "Date of the review must be on or after the plan's start date, " + plan.startDate()));
        }
        for (int i = 0; i < plan.targets().size(); i++) {
            if (!review.progress().containsKey(i)) {
                problems.add(new Problem("progress[" + i + "]", "",
                        "Select the progress made towards target " + (i + 1) + ": " + plan.targets().get(i).text()));
            }
        }
        review.progress().keySet().stream().filter(i -> i < 0 || i >= plan.targets().size()).sorted()
                .forEach(i -> problems.add(new Problem("progress[" + i + "]", String.valueOf(i),
                        "The plan has no target " + (i + 1) + ": reload the plan and review its current targets")));
        review.newAssessment().filter(kind -> !kind.isIndividual()).ifPresent(kind -> problems.add(new Problem(
                "newAssessment", kind.name(),
                "A review can start a baseline or a behaviour profile only: choose one of those, or no new profile")));
        if (PlanDraftValidator.length(review.notes()) > NOTES_MAX) {
            problems.add(new Problem("notes", review.notes(), "Notes must be " + NOTES_MAX + " characters or fewer"));
        }
        return problems;
    }
}
