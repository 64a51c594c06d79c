package org.thrivemis.api.roster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A pupil's or teacher's membership of a class over a period.
 *
 * @param sourceId the source's stable id (sources without one derive it from class, user and begin date)
 * @param classSourceId the class
 * @param userSourceId the pupil or member of staff, by {@code role}
 * @param role pupil or teacher
 * @param begin first day, where known
 * @param end last day, absent while it lasts
 * @param origin where it was read
 */
public record RosterEnrollment(String sourceId, String classSourceId, String userSourceId, EnrollmentRole role,
        Optional<LocalDate> begin, Optional<LocalDate> end, Origin origin) {
    public RosterEnrollment {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(classSourceId, "classSourceId");
        Objects.requireNonNull(userSourceId, "userSourceId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(origin, "origin");
    }
}
