package org.thrivemis.core.internal.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thrivemis.api.Problem;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanDraft;
import org.thrivemis.api.plan.RelationalFunction;
import org.thrivemis.api.plan.Target;

/**
 * Checks a plan's content as entered and reports every problem at once, in the order of the form's
 * fields, with messages that say what to do. Field names match the form and the JSON API, e.g.
 * {@code targets[1].text}.
 */
public final class PlanDraftValidator {
    /** Plans predate nothing this product could hold; older dates are typos. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final int TARGET_MAX = 1000;
    static final int ACTIVITY_MAX = 2000;
    static final int NOTE_MAX = 2000;
    static final int MAX_ITEMS = 50;
    /** A review further out than this is a typo in the year, not a plan. */
    static final int MAX_REVIEW_MONTHS = 12;

    private final Clock clock;

    public PlanDraftValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every problem with the draft; empty when it may be stored. */
    public List<Problem> problems(PlanDraft draft) {
        List<Problem> problems = new ArrayList<>();
        checkTargets(draft.targets(), problems);
        checkActivities(draft.activities(), problems);
        for (Map.Entry<RelationalFunction, String> note : draft.relationalNotes().entrySet()) {
            if (length(note.getValue()) > NOTE_MAX) {
                problems.add(new Problem("relationalNotes." + note.getKey().name(), note.getValue(),
                        note.getKey().label() + " notes must be " + NOTE_MAX + " characters or fewer"));
            }
        }
        checkDates(draft, problems);
        return problems;
    }

    private static void checkTargets(List<Target> targets, List<Problem> problems) {
        if (targets.isEmpty()) {
            problems.add(new Problem("targets", "", "Select or write at least one target"));
        } else if (targets.size() > MAX_ITEMS) {
            problems.add(new Problem("targets", String.valueOf(targets.size()),
                    "A plan can have at most " + MAX_ITEMS + " targets: keep the ones to work on this cycle"));
        }
        for (int i = 0; i < targets.size(); i++) {
            String text = targets.get(i).text();
            if (text.isBlank()) {
                problems.add(new Problem("targets[" + i + "].text", text, "Enter target " + (i + 1)));
            } else if (length(text) > TARGET_MAX) {
                problems.add(new Problem("targets[" + i + "].text", text,
                        "Target " + (i + 1) + " must be " + TARGET_MAX + " characters or fewer"));
            }
        }
    }

    private static void checkActivities(List<PlanActivity> activities, List<Problem> problems) {
        if (activities.size() > MAX_ITEMS) {
            problems.add(new Problem("activities", String.valueOf(activities.size()),
                    "A plan can have at most " + MAX_ITEMS + " activities"));
        }
        for (int i = 0; i < activities.size(); i++) {
            PlanActivity activity = activities.get(i);
            String what = activity.setting().label() + " activity " + (i + 1);
            if (activity.text().isBlank()) {
                problems.add(new Problem("activities[" + i + "].text", activity.text(),
                        "Enter what to do for " + what.toLowerCase() + ", or remove it"));
            } else if (length(activity.text()) > ACTIVITY_MAX) {
                problems.add(new Problem("activities[" + i + "].text", activity.text(),
                        what + " must be " + ACTIVITY_MAX + " characters or fewer"));
            }
        }
    }

    private void checkDates(PlanDraft draft, List<Problem> problems) {
        LocalDate start = draft.startDate();
        if (start.isBefore(EARLIEST)) {
            problems.add(new Problem("startDate", start.toString(), "Start date must be on or after 1 January 2000"));
        } else if (start.isAfter(LocalDate.now(clock).plusMonths(MAX_REVIEW_MONTHS))) {
            problems.add(new Problem("startDate", start.toString(),
                    "Start date must be within a year from today"));
        }
        draft.reviewDate().ifPresent(review -> {
            if (!review.isAfter(start)) {
                problems.add(new Problem("reviewDate", review.toString(), "Review date must be after the start date"));
            } else if (review.isAfter(start.plusMonths(MAX_REVIEW_MONTHS))) {
                problems.add(new Problem("reviewDate", review.toString(),
                        "Review date must be within a year of the start date"));
            }
        });
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
