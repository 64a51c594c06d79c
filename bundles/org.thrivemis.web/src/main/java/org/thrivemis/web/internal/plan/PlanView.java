package org.thrivemis.web.internal.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.Optional;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanReview;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.RelationalFunction;
import org.thrivemis.web.internal.UkFormat;

/**
 * One action plan, worded and formatted for reading: on the tab, on the printed home sheet and on
 * the one-page summary. Templates only lay it out.
 *
 * @param id the plan's id
 * @param version the version shown, posted back with every change
 * @param status the status label
 * @param statusTag the GOV.UK tag modifier for the status
 * @param targets the targets with their strands
 * @param schoolActivities what happens at school
 * @param homeActivities what happens at home
 * @param notes relational approach notes, per function that has one
 * @param owner the practitioner who owns the plan
 * @param startDate when it started
 * @param reviewDate when it is to be reviewed
 * @param reviewOverdue whether an active plan's review date has passed
 * @param updated who last changed it and when
 * @param reviews the reviews, oldest first
 */
public record PlanView(long id, long version, String status, String statusTag, List<Line> targets,
        List<String> schoolActivities, List<String> homeActivities, List<Line> notes, String owner, String startDate,
        String reviewDate, boolean reviewOverdue, String updated, List<ReviewView> reviews, String imported) {

    /** A labelled line, e.g. strand and target, or relational function and note. */
    public record Line(String label, String text) {
    }

    /**
     * A review, formatted.
     *
     * @param newAssessmentHref where to continue the profile the review started (on the Thrive tab),
     *        empty when it started none or the page has no links (print)
     */
    public record ReviewView(String reviewedOn, String reviewer, List<Line> progress, String notes,
            boolean newAssessmentRequested, Optional<Long> newAssessmentId, Optional<String> newAssessmentHref) {
    }

    public PlanView {
        targets = List.copyOf(targets);
        schoolActivities = List.copyOf(schoolActivities);
        homeActivities = List.copyOf(homeActivities);
        notes = List.copyOf(notes);
        reviews = List.copyOf(reviews);
    }

    /** The view of a plan as of {@code today} (which decides whether the review is overdue). */
    public static PlanView of(ActionPlan plan, LocalDate today) {
        return of(plan, today, id -> Optional.empty());
    }

    /** As {@link #of(ActionPlan, LocalDate)}, with links to the profiles reviews started. */
    public static PlanView of(ActionPlan plan, LocalDate today, Function<Long, Optional<String>> profileHref) {
        List<Line> targets = plan.targets().stream().map(t -> new Line(t.strand().label(), t.text())).toList();
        List<Line> notes = List.of(RelationalFunction.values()).stream()
                .flatMap(f -> plan.relationalNote(f).map(n -> new Line(f.label(), n)).stream()).toList();
        List<ReviewView> reviews = plan.reviews().stream().map(r -> review(r, profileHref)).toList();
        return new PlanView(plan.id(), plan.version(), plan.status().label(), tag(plan.status()), targets,
                texts(plan.schoolActivities()), texts(plan.homeActivities()), notes, plan.ownerName(),
                UkFormat.date(plan.startDate()), UkFormat.date(plan.reviewDate()), plan.reviewOverdue(today),
                plan.updatedBy() + ", " + UkFormat.dateTime(plan.updatedAt()), reviews,
                plan.imported().map(o -> "Imported from " + o.formatLabel() + " on " + UkFormat.date(o.importedOn()))
                        .orElse(""));
    }

    private static ReviewView review(PlanReview r, Function<Long, Optional<String>> profileHref) {
        return new ReviewView(UkFormat.date(r.reviewedOn()), r.reviewerName(),
                r.progress().stream().map(p -> new Line(p.progress().label(), p.target())).toList(), r.notes(),
                r.newAssessmentRequested(), r.newAssessmentId(), r.newAssessmentId().flatMap(profileHref));
    }

    private static List<String> texts(List<PlanActivity> activities) {
        return activities.stream().map(PlanActivity::text).toList();
    }

    /** The GOV.UK tag colour of a status: draft grey, active blue, reviewed purple, closed plain. */
    static String tag(PlanStatus status) {
        return switch (status) {
            case DRAFT -> "govuk-tag--grey";
            case ACTIVE -> "govuk-tag--blue";
            case REVIEWED -> "govuk-tag--purple";
            case CLOSED -> "govuk-tag--grey";
        };
    }
}
