package org.thrivemis.host.reference.internal.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
        List<AttendanceMark> result = new ArrayList<>();
        for (String id : pupilIds.stream().filter(Objects::nonNull).distinct().sorted().toList()) {
            List<AttendanceMark> marks = school.marksOf(id);
            // a pupil's marks are in date order: find the days asked for instead of testing every mark
            result.addAll(marks.subList(firstOnOrAfter(marks, from), firstOnOrAfter(marks, to.plusDays(1))));
        }
        return Collections.unmodifiableList(result);
    }

    /** The index of the first mark on or after the day (the size when there is none). */
    static int firstOnOrAfter(List<AttendanceMark> marks, LocalDate day) {
        int low = 0;
        int high = marks.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (marks.get(mid).date().isBefore(day)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
