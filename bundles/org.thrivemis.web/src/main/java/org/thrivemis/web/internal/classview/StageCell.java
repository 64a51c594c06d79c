package org.thrivemis.web.internal.classview;

import java.util.Optional;

/**
 * A pupil's "Thrive stage" cell.
 *
 * @param workingStage e.g. "Doing"; empty when the latest profile has no gaps
 * @param ageExpected e.g. "Skills and structure"
 * @param below whether the working stage is earlier than the age-expected one
 * @param source e.g. "Baseline profile, 20 September 2026"
 * @param profiled whether the pupil has a completed individual profile
 * @param needsBaseline whether the pupil is new and still needs a baseline
 */
public record StageCell(Optional<String> workingStage, Optional<String> ageExpected, boolean below,
        Optional<String> source, boolean profiled, boolean needsBaseline) {
}
