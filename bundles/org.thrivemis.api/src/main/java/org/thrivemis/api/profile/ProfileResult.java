package org.thrivemis.api.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.thrivemis.api.content.Strand;

/**
 * The result of an assessment: per-strand results, the working stage (the earliest strand with
 * gaps; empty when there are none) and the stage expected for the pupil's age on the day.
 */
public record ProfileResult(List<StrandResult> strands, Optional<Strand> workingStage, Strand ageExpectedStage) {
    public ProfileResult {
        strands = List.copyOf(strands);
        Objects.requireNonNull(workingStage, "workingStage");
        Objects.requireNonNull(ageExpectedStage, "ageExpectedStage");
    }

    /** Whether the working stage is earlier than the age-expected stage (a developmental interruption). */
    public boolean belowAgeExpected() {
        return workingStage.map(w -> w.compareTo(ageExpectedStage) < 0).orElse(false);
    }

    /** The result of one strand. */
    public StrandResult strand(Strand strand) {
        return strands.stream().filter(s -> s.strand() == strand).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result for " + strand));
    }
}
