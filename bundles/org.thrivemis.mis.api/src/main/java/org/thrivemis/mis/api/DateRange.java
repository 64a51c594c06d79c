package org.thrivemis.mis.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days from {@code from} to {@code to}, both inclusive; empty when {@code to} is before
 * {@code from} (for example "this term up to today" before the term has begun).
 *
 * @since 1.3
 */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Whether the day is in the range. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether the range has no days. */
    public boolean isEmpty() {
        return to.isBefore(from);
    }
}
