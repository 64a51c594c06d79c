package org.thrivemis.host.reference.internal.school;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceSource;

/** The host's registers, from the sample school: one call answers for a whole class. */
@Component(service = AttendanceSource.class)
public final class SampleAttendanceSource implements AttendanceSource {

    private final SampleSchool sampleSchool;

    @Activate
    public SampleAttendanceSource(@Reference SampleSchool sampleSchool) {
        this.sampleSchool = sampleSchool;
    }

    @Override
    public List<AttendanceMark> marks(Collection<String> pupilIds, LocalDate from, LocalDate to) {
        School school = sampleSchool.school();
        return pupilIds.stream().filter(Objects::nonNull).distinct().sorted()
                .flatMap(id -> school.marksOf(id).stream())
                .filter(m -> !m.date().isBefore(from) && !m.date().isAfter(to))
                .toList();
    }
}
