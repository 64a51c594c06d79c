package org.thrivemis.api.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.thrivemis.api.ImportOrigin;
import org.thrivemis.api.content.ActivitySetting;

/**
 * A pupil's action plan with its reviews.
 *
 * @param id store id
 * @param pupilId host pupil id
 * @param assessmentId the completed assessment it was made from
 * @param status where it is in Plan-Do-Review
 * @param targets the targets, in order
 * @param activities school and home activities, in order
 * @param relationalNotes notes per relational function (functions without notes are absent)
 * @param ownerId staff id of the practitioner who owns the plan
 * @param ownerName their name
 * @param startDate when the plan starts
 * @param reviewDate when it is to be reviewed
 * @param updatedAt last saved
 * @param updatedBy name of who last saved
 * @param version optimistic-locking version, incremented by every change
 * @param reviews the reviews, oldest first
 * @param imported where an import made it from (format, run, day); empty for a plan made in the MIS
 */
public record ActionPlan(long id, String pupilId, long assessmentId, PlanStatus status, List<Target> targets,
        List<PlanActivity> activities, Map<RelationalFunction, String> relationalNotes, String ownerId,
        String ownerName, LocalDate startDate, LocalDate reviewDate, Instant updatedAt, String updatedBy,
        long version, List<PlanReview> reviews, Optional<ImportOrigin> imported) {

    /** The default time between a plan's start and its review: one 8-week cycle. */
    public static final int DEFAULT_REVIEW_WEEKS = 8;

    public ActionPlan {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(status, "status");
        targets = List.copyOf(targets);
        activities = List.copyOf(activities);
        relationalNotes = Map.copyOf(relationalNotes);
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(ownerName, "ownerName");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(reviewDate, "reviewDate");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
        reviews = List.copyOf(reviews);
        Objects.requireNonNull(imported, "imported");
    }

    /** A plan made in the MIS (not imported). */
    public ActionPlan(long id, String pupilId, long assessmentId, PlanStatus status, List<Target> targets,
            List<PlanActivity> activities, Map<RelationalFunction, String> relationalNotes, String ownerId,
            String ownerName, LocalDate startDate, LocalDate reviewDate, Instant updatedAt, String updatedBy,
            long version, List<PlanReview> reviews) {
        this(id, pupilId, assessmentId, status, targets, activities, relationalNotes, ownerId, ownerName, startDate,
                reviewDate, updatedAt, updatedBy, version, reviews, Optional.empty());
    }

    /** The activities at school, in order. */
    public List<PlanActivity> schoolActivities() {
        return activities.stream().filter(a -> a.setting() == ActivitySetting.SCHOOL).toList();
    }

    /** The activities at home, in order: the parents' sheet. */
    public List<PlanActivity> homeActivities() {
        return activities.stream().filter(a -> a.setting() == ActivitySetting.HOME).toList();
    }

    /** The note for one relational function, if any. */
    public Optional<String> relationalNote(RelationalFunction function) {
        return Optional.ofNullable(relationalNotes.get(function)).filter(n -> !n.isBlank());
    }

    /** The latest review, if the plan has been reviewed. */
    public Optional<PlanReview> latestReview() {
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
    }

    /** Whether an active plan's review date has passed. */
    public boolean reviewOverdue(LocalDate today) {
        return status == PlanStatus.ACTIVE && reviewDate.isBefore(today);
    }

    /** The default review date for a plan starting on {@code start}. */
    public static LocalDate defaultReviewDate(LocalDate start) {
        return start.plusWeeks(DEFAULT_REVIEW_WEEKS);
    }
}
