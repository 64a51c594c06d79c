package org.thrivemis.web.internal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanReview;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.PlanSuggestions;
import org.thrivemis.api.plan.Progress;
import org.thrivemis.api.plan.RelationalFunction;
import org.thrivemis.api.plan.Target;

/** Action plans as the API writes them; ids of pack statements and activities are null when staff wrote the item. */
record PlanJson(long id, String pupilId, long assessmentId, PlanStatus status, long version, List<TargetJson> targets,
        List<ActivityJson> activities, Map<RelationalFunction, String> relationalNotes, String ownerId,
        String ownerName, LocalDate startDate, LocalDate reviewDate, Instant updatedAt, String updatedBy,
        List<ReviewJson> reviews, org.thrivemis.api.ImportOrigin imported) {

    /** A target: strand, the gap's statement id (null if written by staff), text. */
    record TargetJson(Strand strand, String statementId, String text) {
        static TargetJson of(Target t) {
            return new TargetJson(t.strand(), t.statementId().orElse(null), t.text());
        }
    }

    /** An activity: school or home, the pack activity id (null if written by staff), text. */
    record ActivityJson(ActivitySetting setting, String activityId, String text) {
        static ActivityJson of(PlanActivity a) {
            return new ActivityJson(a.setting(), a.activityId().orElse(null), a.text());
        }
    }

    /** Progress on one target at a review. */
    record ProgressJson(Strand strand, String target, Progress progress) {
    }

    /** A review. */
    record ReviewJson(long id, LocalDate reviewedOn, String reviewerId, String reviewerName, List<ProgressJson> progress,
            String notes, boolean newAssessmentRequested, Instant recordedAt, Long newAssessmentId) {
        static ReviewJson of(PlanReview r) {
            return new ReviewJson(r.id(), r.reviewedOn(), r.reviewerId(), r.reviewerName(),
                    r.progress().stream().map(p -> new ProgressJson(p.strand(), p.target(), p.progress())).toList(),
                    r.notes(), r.newAssessmentRequested(), r.recordedAt(), r.newAssessmentId().orElse(null));
        }
    }

    /** Candidate targets and activities for a plan from an assessment. */
    record SuggestionsJson(String pupilId, long assessmentId, List<TargetJson> targets, List<ActivityJson> activities,
            boolean samplePack) {
        static SuggestionsJson of(PlanSuggestions s) {
            return new SuggestionsJson(s.pupilId(), s.assessmentId(), s.targets().stream().map(TargetJson::of).toList(),
                    s.activities().stream().map(ActivityJson::of).toList(), s.samplePack());
        }
    }

    /** The {@code 409} body: the usual error, and who changed the plan, when, what, and its version now. */

    static PlanJson of(ActionPlan p) {
        return new PlanJson(p.id(), p.pupilId(), p.assessmentId(), p.status(), p.version(),
                p.targets().stream().map(TargetJson::of).toList(), p.activities().stream().map(ActivityJson::of).toList(),
                p.relationalNotes(), p.ownerId(), p.ownerName(), p.startDate(), p.reviewDate(), p.updatedAt(),
                p.updatedBy(), p.reviews().stream().map(ReviewJson::of).toList(), p.imported().orElse(null));
    }
}
