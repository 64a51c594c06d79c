package org.thrivemis.api.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One screening round of one class in one term.
 *
 * @param id store id
 * @param classId host class id
 * @param className the class's name when the round was opened
 * @param academicYear the calendar year the academic year starts in (2025 for 2025/26)
 * @param term the term
 * @param status open or closed
 * @param packId content pack the statements come from
 * @param packVersion its version
 * @param openedOn the day it was opened (the roster snapshot's day)
 * @param openedById staff id of who opened it
 * @param openedBy their name
 * @param updatedAt last change (open, mark or close)
 * @param updatedBy name of who made it
 * @param closedAt when it was closed, if it was
 * @param version optimistic-locking version, incremented by every save of marks and by closing
 */
public record ScreeningRound(long id, String classId, String className, int academicYear, Term term,
        RoundStatus status, String packId, String packVersion, LocalDate openedOn, String openedById, String openedBy,
        Instant updatedAt, String updatedBy, Optional<Instant> closedAt, long version) {
    public ScreeningRound {
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(packVersion, "packVersion");
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(openedById, "openedById");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    /** E.g. "Autumn 2025/26". */
    public String title() {
        return term.label() + " " + Term.academicYearLabel(academicYear);
    }
}
