package org.thrivemis.api.store;

import java.time.LocalDate;
import java.util.Objects;

/** What identifies an imported action plan across imports: one pupil's plan starting on one day. */
public record ImportedPlanKey(String pupilId, LocalDate startDate) {
    public ImportedPlanKey {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(startDate, "startDate");
    }
}
