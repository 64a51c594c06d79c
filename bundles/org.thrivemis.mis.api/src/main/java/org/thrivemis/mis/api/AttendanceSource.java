package org.thrivemis.mis.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Port: the host's attendance registers, read in bulk. */
@ProviderType
public interface AttendanceSource {

    /**
     * Every mark recorded for these pupils from {@code from} to {@code to}, both inclusive,
     * ordered by pupil, date and session. One call serves a whole class.
     */
    List<AttendanceMark> marks(Collection<String> pupilIds, LocalDate from, LocalDate to);
}
