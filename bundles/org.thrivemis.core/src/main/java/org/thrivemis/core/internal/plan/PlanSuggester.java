package org.thrivemis.core.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thrivemis.api.content.Activity;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanSuggestions;
import org.thrivemis.api.plan.Target;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;

/**
 * Turns a completed assessment's result into candidate plan content: every gap becomes a candidate
 * target worded as the pack's statement, and every pack activity of a strand with gaps becomes a
 * candidate activity. Pure: no access checks, no store.
 */
public final class PlanSuggester {

    private PlanSuggester() {
    }

    /** The suggestions for the assessment, in strand order then pack order. */
    public static PlanSuggestions suggest(Assessment assessment, ProfileResult result, ContentPack pack) {
        List<Target> targets = new ArrayList<>();
        List<PlanActivity> activities = new ArrayList<>();
        for (StrandResult strand : result.strands()) {
            if (!strand.hasGaps()) {
                continue;
            }
            for (String statementId : strand.gaps()) {
                // the pack in force may be newer than the assessment's; the id still says which gap
                String text = pack.statement(statementId).map(s -> s.text()).orElse("Statement " + statementId);
                targets.add(new Target(strand.strand(), Optional.of(statementId), text));
            }
            pack.strands().stream().filter(c -> c.strand() == strand.strand()).findFirst()
                    .map(StrandContent::activities).orElse(List.of())
                    .forEach(a -> activities.add(activity(a)));
        }
        return new PlanSuggestions(assessment.pupilId(), assessment.id(), targets, activities, pack.sample());
    }

    /** A pack activity as plan content: its title and what to do, so a printed sheet stands alone. */
    static PlanActivity activity(Activity a) {
        return new PlanActivity(a.setting(), Optional.of(a.id()), a.title() + ": " + a.description());
    }
}
