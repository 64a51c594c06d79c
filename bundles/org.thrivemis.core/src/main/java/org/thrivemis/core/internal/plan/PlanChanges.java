package org.thrivemis.core.internal.plan;

import java.util.ArrayList;
import java.util.List;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanDraft;
import org.thrivemis.api.plan.RelationalFunction;

/**
 * Says, in words, how the stored plan differs from what a user submitted on a stale version, so the
 * conflict message tells them what the other person changed and what to compare.
 */
final class PlanChanges {

    private PlanChanges() {
    }

    /** How the stored plan differs from the status the user saw. */
    static List<String> status(ActionPlan stored, long openedVersion) {
        List<String> changes = new ArrayList<>();
        changes.add("the plan is now " + stored.status().label().toLowerCase() + " (version " + stored.version()
                + "; you opened version " + openedVersion + ")");
        if (!stored.reviews().isEmpty()) {
            changes.add("it has " + stored.reviews().size() + " review" + (stored.reviews().size() == 1 ? "" : "s")
                    + ", the latest on " + stored.latestReview().orElseThrow().reviewedOn());
        }
        return changes;
    }

    /** How the stored plan differs from the user's entries. */
    static List<String> content(ActionPlan stored, long openedVersion, PlanDraft mine) {
        List<String> changes = status(stored, openedVersion);
        if (!stored.targets().equals(mine.targets())) {
            changes.add("targets are now: " + String.join(" | ", stored.targets().stream().map(t -> t.text()).toList()));
        }
        if (!stored.activities().equals(mine.activities())) {
            changes.add("activities are now: " + stored.schoolActivities().size() + " at school and "
                    + stored.homeActivities().size() + " at home");
        }
        for (RelationalFunction f : RelationalFunction.values()) {
            String theirs = stored.relationalNote(f).orElse("");
            String ours = mine.relationalNotes().getOrDefault(f, "").strip();
            if (!theirs.strip().equals(ours)) {
                changes.add(f.label() + " notes are now: " + (theirs.isBlank() ? "(none)" : theirs));
            }
        }
        if (!stored.startDate().equals(mine.startDate())) {
            changes.add("start date is now " + stored.startDate());
        }
        if (!stored.reviewDate().equals(mine.reviewDate().orElse(ActionPlan.defaultReviewDate(mine.startDate())))) {
            changes.add("review date is now " + stored.reviewDate());
        }
        return changes;
    }
}
