package org.thrivemis.api.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A review as entered.
 *
 * @param reviewedOn the date of the review meeting
 * @param progress progress by target position (0 for the plan's first target); every target needs one
 * @param notes what was discussed and agreed
 * @param startNewAssessment whether to ask for a new assessment of the pupil
 */
public record ReviewInput(LocalDate reviewedOn, Map<Integer, Progress> progress, String notes,
        boolean startNewAssessment) {
    public ReviewInput {
        Objects.requireNonNull(reviewedOn, "reviewedOn");
        progress = Map.copyOf(progress);
        Objects.requireNonNull(notes, "notes");
    }
}
