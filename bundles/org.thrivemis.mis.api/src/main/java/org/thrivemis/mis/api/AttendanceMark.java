package org.thrivemis.mis.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One register mark: a pupil, a day, a session and the DfE code the register recorded.
 * The code is text (one or two characters), see {@link org.thrivemis.mis.api.attendance.AttendanceCode}.
 */
public record AttendanceMark(String pupilId, LocalDate date, Session session, String code) {
    /** Morning or afternoon register. */
    public enum Session { AM, PM }

    public AttendanceMark {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(code, "code");
    }
}
