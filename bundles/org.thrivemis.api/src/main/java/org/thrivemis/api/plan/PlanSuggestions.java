package org.thrivemis.api.plan;

import java.util.List;
import java.util.Objects;

/**
 * What a new plan could contain, from a completed assessment: a candidate target per gap (in strand
 * and pack order) and the pack's activities for the strands with gaps.
 *
 * @param pupilId the pupil
 * @param assessmentId the completed assessment
 * @param targets candidate targets, one per gap
 * @param activities candidate school and home activities
 * @param samplePack whether the suggestions come from the sample pack (the UI says so)
 */
public record PlanSuggestions(String pupilId, long assessmentId, List<Target> targets, List<PlanActivity> activities,
        boolean samplePack) {
    public PlanSuggestions {
        Objects.requireNonNull(pupilId, "pupilId");
        targets = List.copyOf(targets);
        activities = List.copyOf(activities);
    }
}
