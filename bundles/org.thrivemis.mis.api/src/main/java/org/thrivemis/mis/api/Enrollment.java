package org.thrivemis.mis.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A pupil's membership of a class over a period; {@code end} is absent while it lasts.
 */
public record Enrollment(String classId, String pupilId, LocalDate start, Optional<LocalDate> end) {
    public Enrollment {
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** Whether the enrollment covers the given day. */
    public boolean activeOn(LocalDate day) {
        return !start.isAfter(day) && end.map(e -> !e.isBefore(day)).orElse(true);
    }
}
