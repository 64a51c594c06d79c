package org.thrivemis.web.internal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.Progress;
import org.thrivemis.api.plan.ReviewInput;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.web.internal.UkFormat;
import org.thrivemis.web.internal.tab.DateFields;

/**
 * The "Record a review" form: progress radios per target, the date, notes and which new profile
 * (if any) to start; as posted (so a refused form keeps the entries) and as the template shows it.
 *
 * @param newAssessment the radios "no new profile", "baseline", "behaviour"
 */
public record ReviewFormView(String action, String csrfToken, long planId, String version, List<TargetRadios> targets,
        DateFields reviewedOn, String notes, List<Radio> newAssessment, Optional<PlanFormView.ConflictView> conflict,
        PlanErrors errors) {

    /** The form field naming the profile to start: BASELINE, BEHAVIOUR or empty for none. */
    static final String NEW_ASSESSMENT = "newAssessment";

    /** One target's progress radios. */
    public record TargetRadios(int index, String strand, String target, List<Radio> radios) {
    }

    /** One radio. */
    public record Radio(String id, String value, String label, boolean checked) {
    }

    /** The form fields as posted: progress per target index, date boxes, notes, the new profile's kind ("" for none). */
    record Posted(String version, Map<Integer, String> progress, DateFields reviewedOn, String notes, String newAssessment) {

        static Posted fresh(ActionPlan plan, LocalDate today) {
            return new Posted(String.valueOf(plan.version()), Map.of(), PlanForm.dateFields(today), "", "");
        }

        static Posted from(Map<String, List<String>> form, int targets) {
            Map<Integer, String> progress = new HashMap<>();
            for (int i = 0; i < targets; i++) {
                String v = PlanForm.first(form, "progress-" + i);
                if (!v.isEmpty()) {
                    progress.put(i, v);
                }
            }
            return new Posted(PlanForm.first(form, "version"), progress, PlanForm.dates(form, "reviewedOn"),
                    PlanForm.first(form, "notes"), PlanForm.first(form, NEW_ASSESSMENT));
        }

        /** The review for the domain, and the problems only the form sees (the date boxes). */
        Map.Entry<ReviewInput, List<Problem>> read(LocalDate today) {
            List<Problem> problems = new ArrayList<>();
            DateFields.Reading date = reviewedOn.read("reviewedOn", "Date of the review");
            date.problem().ifPresent(problems::add);
            if (date.date().isEmpty() && date.problem().isEmpty()) {
                problems.add(new Problem("reviewedOn", "", "Enter the date of the review"));
            }
            Map<Integer, Progress> rated = new HashMap<>();
            progress.forEach((i, v) -> {
                try {
                    rated.put(i, Progress.valueOf(v));
                } catch (IllegalArgumentException e) {
                    // a tampered value counts as no choice: the domain then names the target
                }
            });
            Optional<ProfileKind> kind = Optional.empty();
            if (!newAssessment.isEmpty()) {
                try {
                    kind = Optional.of(ProfileKind.valueOf(newAssessment));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(NEW_ASSESSMENT, newAssessment,
                            "Choose whether to start a new baseline or behaviour profile, or none"));
                }
            }
            return Map.entry(new ReviewInput(date.date().orElse(today), rated, notes, kind), problems);
        }
    }

    static ReviewFormView of(String action, String csrfToken, ActionPlan plan, Posted posted, List<Problem> problems,
            Optional<ConflictException> conflict) {
        List<TargetRadios> targets = new ArrayList<>();
        for (int i = 0; i < plan.targets().size(); i++) {
            List<Radio> radios = new ArrayList<>();
            for (Progress p : Progress.values()) {
                String id = "plan-progress-" + i + (p.ordinal() == 0 ? "" : "-" + (p.ordinal() + 1));
                radios.add(new Radio(id, p.name(), p.label(), p.name().equals(posted.progress().get(i))));
            }
            targets.add(new TargetRadios(i, plan.targets().get(i).strand().label(), plan.targets().get(i).text(),
                    radios));
        }
        // one message per target: progress[2] is shown beside target 3's radios
        List<Problem> perTarget = problems.stream().map(p -> new Problem(
                p.field().replaceFirst("^progress\\[(\\d+)\\]$", "progress-$1"), p.value(), p.message())).toList();
        PlanErrors errors = PlanErrors.of(perTarget, group -> switch (group) {
            case "reviewedOn" -> "plan-reviewedOn-day";
            case "notes" -> "plan-review-notes";
            case NEW_ASSESSMENT -> "plan-newAssessment";
            default -> group.startsWith("progress-") ? "plan-" + group : "plan-form";
        });
        List<Radio> kinds = List.of(
                new Radio("plan-newAssessment", "", "No new profile", posted.newAssessment().isEmpty()),
                new Radio("plan-newAssessment-2", ProfileKind.BASELINE.name(), "Start a new baseline profile",
                        ProfileKind.BASELINE.name().equals(posted.newAssessment())),
                new Radio("plan-newAssessment-3", ProfileKind.BEHAVIOUR.name(), "Start a new behaviour profile",
                        ProfileKind.BEHAVIOUR.name().equals(posted.newAssessment())));
        return new ReviewFormView(action, csrfToken, plan.id(), posted.version(), targets, posted.reviewedOn(),
                posted.notes(), kinds, conflict.map(c -> new PlanFormView.ConflictView(c.changedBy(),
                        UkFormat.dateTime(c.changedAt()), c.changes())), errors);
    }

    /** The field carrying the CSRF token. */
    public String csrfField() {
        return CurrentUser.CSRF_FIELD;
    }

    /** The message for target {@code index}'s radios, or null. */
    public String progressError(int index) {
        return errors.error("progress-" + index);
    }
}
