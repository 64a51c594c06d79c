package org.thrivemis.host.reference.internal.web.classes;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The school week a class register shows: Monday to Friday of the week containing the day; on a
 * Saturday or Sunday, the week just gone.
 *
 * @param monday its Monday
 */
public record RegisterWeek(LocalDate monday) {

    /** The week to show on the day. */
    public static RegisterWeek containing(LocalDate day) {
        return new RegisterWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** Its Friday. */
    public LocalDate friday() {
        return monday.plusDays(4);
    }

    /** Monday to Friday. */
    public List<LocalDate> days() {
        return IntStream.range(0, 5).mapToObj(monday::plusDays).toList();
    }
}
