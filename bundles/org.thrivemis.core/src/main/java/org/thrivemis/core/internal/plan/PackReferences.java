package org.thrivemis.core.internal.plan;

import java.util.ArrayList;
import java.util.List;
import org.thrivemis.api.Problem;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanDraft;
import org.thrivemis.api.plan.Target;

/**
 * Checks that the pack statements and activities a draft names exist in the content pack, so a plan
 * never points at a gap or activity the pack does not have (a stale form, a typo in an API call).
 */
final class PackReferences {

    private PackReferences() {
    }

    /** Every unknown statement or activity id in the draft, in field order. */
    static List<Problem> problems(PlanDraft draft, ContentPack pack) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < draft.targets().size(); i++) {
            Target t = draft.targets().get(i);
            int number = i + 1;
            t.statementId().filter(id -> pack.statement(id).isEmpty()).ifPresent(id -> problems.add(new Problem(
                    "targets[" + (number - 1) + "].statementId", id, "Target " + number + " names statement " + id
                            + ", which is not in the content pack " + pack.title()
                            + ": choose the target again from the suggestions, or write it as your own")));
        }
        for (int i = 0; i < draft.activities().size(); i++) {
            PlanActivity a = draft.activities().get(i);
            int number = i + 1;
            a.activityId().filter(id -> pack.strands().stream().flatMap(s -> s.activities().stream())
                    .noneMatch(x -> x.id().equals(id))).ifPresent(id -> problems.add(new Problem(
                            "activities[" + (number - 1) + "].activityId", id, "Activity " + number + " names pack"
                                    + " activity " + id + ", which is not in the content pack " + pack.title()
                                    + ": choose it again from the suggestions, or write it as your own")));
        }
        return problems;
    }
}
