package org.thrivemis.api.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.thrivemis.api.profile.ProfileKind;

/**
 * A review as entered.
 *
 * @param reviewedOn the date of the review meeting
 * @param progress progress by target position (0 for the plan's first target); every target needs one
 * @param notes what was discussed and agreed
 * @param newAssessment the individual profile to start now as a draft linked to this review
 *        (BASELINE or BEHAVIOUR), or empty for none
 */
public record ReviewInput(LocalDate reviewedOn, Map<Integer, Progress> progress, String notes,
        Optional<ProfileKind> newAssessment) {
    public ReviewInput {
        Objects.requireNonNull(reviewedOn, "reviewedOn");
        progress = Map.copyOf(progress);
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(newAssessment, "newAssessment");
    }

    /**
     * A review that only asks (or not) for a new assessment: when asked, a baseline profile is
     * started, as a re-profile of where the pupil is now.
     */
    public ReviewInput(LocalDate reviewedOn, Map<Integer, Progress> progress, String notes, boolean startNewAssessment) {
        this(reviewedOn, progress, notes, startNewAssessment ? Optional.of(ProfileKind.BASELINE) : Optional.empty());
    }

    /** Whether the review starts a new assessment of the pupil. */
    public boolean startNewAssessment() {
        return newAssessment.isPresent();
    }
}
