package org.thrivemis.host.reference.internal.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceSource;
import org.thrivemis.mis.api.DateRange;

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
            // a pupil's registers are in date order: only the days asked for are made into marks
            school.addMarks(id, from, to, result);
        }
        return Collections.unmodifiableList(result);
    }

    /** Counted from each pupil's registers directly (no marks made), as a MIS database would group and count. */
    @Override
    public Map<String, List<Map<String, Integer>>> counts(Collection<String> pupilIds, List<DateRange> ranges) {
        School school = sampleSchool.school();
        Map<String, List<Map<String, Integer>>> counts = new LinkedHashMap<>();
        for (String id : pupilIds) {
            if (id != null) {
                counts.computeIfAbsent(id, p -> school.counts(p, ranges));
            }
        }
        return counts;
    }
}
