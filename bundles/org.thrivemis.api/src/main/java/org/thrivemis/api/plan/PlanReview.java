package org.thrivemis.api.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded review of a plan.
 *
 * @param id store id
 * @param reviewedOn the date of the review meeting
 * @param reviewerId staff id of who recorded it
 * @param reviewerName their name
 * @param progress progress per target, in the plan's target order at the time
 * @param notes what was discussed and agreed
 * @param newAssessmentRequested whether the review asks for a new assessment of the pupil
 * @param recordedAt when it was recorded
 * @param newAssessmentId the draft assessment this review started, if it started one
 */
public record PlanReview(long id, LocalDate reviewedOn, String reviewerId, String reviewerName,
        List<TargetProgress> progress, String notes, boolean newAssessmentRequested, Instant recordedAt,
        Optional<Long> newAssessmentId) {

    /** A review that started no assessment (or was recorded before reviews could start one). */
    public PlanReview(long id, LocalDate reviewedOn, String reviewerId, String reviewerName,
            List<TargetProgress> progress, String notes, boolean newAssessmentRequested, Instant recordedAt) {
        this(id, reviewedOn, reviewerId, reviewerName, progress, notes, newAssessmentRequested, recordedAt,
                Optional.empty());
    }

    public PlanReview {
        Objects.requireNonNull(reviewedOn, "reviewedOn");
        Objects.requireNonNull(reviewerId, "reviewerId");
        Objects.requireNonNull(reviewerName, "reviewerName");
        progress = List.copyOf(progress);
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(newAssessmentId, "newAssessmentId");
    }
}
