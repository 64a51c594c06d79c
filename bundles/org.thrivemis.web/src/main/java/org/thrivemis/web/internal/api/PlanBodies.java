package org.thrivemis.web.internal.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanDraft;
import org.thrivemis.api.plan.Progress;
import org.thrivemis.api.plan.RelationalFunction;
import org.thrivemis.api.plan.ReviewInput;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.plan.Target;

/**
 * The request bodies of the plan endpoints. Missing fields arrive as null; what the domain cannot
 * take as null is reported here, field by field, before the domain sees the rest.
 */
final class PlanBodies {

    private PlanBodies() {
    }

    /** A target as sent. */
    record TargetBody(Strand strand, String statementId, String text) {
    }

    /** An activity as sent. */
    record ActivityBody(ActivitySetting setting, String activityId, String text) {
    }

    /** {@code POST /pupils/{id}/plans} and {@code PUT /plans/{id}} (assessmentId only when creating). */
    record PlanBody(Long assessmentId, List<TargetBody> targets, List<ActivityBody> activities,
            Map<RelationalFunction, String> relationalNotes, LocalDate startDate, LocalDate reviewDate) {

        PlanDraft toDraft() {
            List<Problem> problems = new ArrayList<>();
            List<Target> ts = new ArrayList<>();
            List<TargetBody> targetList = targets == null ? List.of() : targets;
            for (int i = 0; i < targetList.size(); i++) {
                TargetBody t = targetList.get(i);
                if (t == null || t.strand() == null) {
                    problems.add(new Problem("targets[" + i + "].strand", "", "Give the strand of target " + (i + 1)
                            + ", one of " + List.of(Strand.values())));
                } else {
                    ts.add(new Target(t.strand(), Optional.ofNullable(t.statementId()).filter(s -> !s.isBlank()),
                            Objects.requireNonNullElse(t.text(), "")));
                }
            }
            List<PlanActivity> as = new ArrayList<>();
            List<ActivityBody> activityList = activities == null ? List.of() : activities;
            for (int i = 0; i < activityList.size(); i++) {
                ActivityBody a = activityList.get(i);
                if (a == null || a.setting() == null) {
                    problems.add(new Problem("activities[" + i + "].setting", "", "Give the setting of activity "
                            + (i + 1) + ": SCHOOL or HOME"));
                } else {
                    as.add(new PlanActivity(a.setting(), Optional.ofNullable(a.activityId()).filter(s -> !s.isBlank()),
                            Objects.requireNonNullElse(a.text(), "")));
                }
            }
            if (startDate == null) {
                problems.add(new Problem("startDate", "", "Give startDate as YYYY-MM-DD, for example 2026-11-20"));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Map<RelationalFunction, String> notes = new HashMap<>();
            if (relationalNotes != null) {
                relationalNotes.forEach((f, n) -> {
                    if (f != null && n != null) {
                        notes.put(f, n);
                    }
                });
            }
            return new PlanDraft(ts, as, notes, startDate, Optional.ofNullable(reviewDate));
        }
    }

    /**
     * {@code POST /plans/{id}/reviews}: progress in the plan's target order; {@code newAssessment}
     * (BASELINE or BEHAVIOUR) starts that profile as a draft linked to the review, and the older
     * {@code startNewAssessment: true} alone starts a baseline profile.
     */
    record ReviewBody(LocalDate reviewedOn, List<Progress> progress, String notes, Boolean startNewAssessment,
            ProfileKind newAssessment) {

        ReviewInput toInput() {
            if (reviewedOn == null) {
                throw new ValidationException(List.of(new Problem("reviewedOn", "",
                        "Give reviewedOn as YYYY-MM-DD, for example 2026-11-20")));
            }
            Map<Integer, Progress> rated = new HashMap<>();
            List<Progress> list = progress == null ? List.of() : progress;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != null) {
                    rated.put(i, list.get(i));
                }
            }
            String text = Objects.requireNonNullElse(notes, "");
            return newAssessment != null ? new ReviewInput(reviewedOn, rated, text, Optional.of(newAssessment))
                    : new ReviewInput(reviewedOn, rated, text, Boolean.TRUE.equals(startNewAssessment));
        }
    }

    /** {@code POST /plans/{id}/continue}: the next review date, or none for 8 weeks from today. */
    record ContinueBody(LocalDate reviewDate) {
    }
}
