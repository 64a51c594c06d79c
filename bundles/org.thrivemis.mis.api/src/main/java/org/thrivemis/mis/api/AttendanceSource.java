package org.thrivemis.mis.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** Port: the host's attendance registers, read in bulk. */
@ProviderType
public interface AttendanceSource {

    /**
     * Every mark recorded for these pupils from {@code from} to {@code to}, both inclusive,
     * ordered by pupil, date and session. One call serves a whole class.
     */
    List<AttendanceMark> marks(Collection<String> pupilIds, LocalDate from, LocalDate to);

    /**
     * How many sessions of each register code every pupil asked for had in each range: what a
     * summary (this term, this year, week by week) needs, without a mark per session. A host whose
     * registers live in a database answers it with one grouped count; this default counts the
     * {@link #marks} of the days the ranges cover, so every host has it.
     *
     * @param pupilIds the pupils (one call serves a whole class)
     * @param ranges the ranges to count, which may overlap; an empty range counts nothing
     * @return for every pupil asked for, one map per range in the order given (register code →
     *         sessions; codes never recorded in the range are absent)
     * @since 1.3
     */
    default Map<String, List<Map<String, Integer>>> counts(Collection<String> pupilIds, List<DateRange> ranges) {
        Map<String, List<Map<String, Integer>>> counts = new LinkedHashMap<>();
        for (String id : pupilIds) {
            List<Map<String, Integer>> perRange = new ArrayList<>(ranges.size());
            ranges.forEach(r -> perRange.add(new HashMap<>()));
            counts.putIfAbsent(id, perRange);
        }
        List<DateRange> nonEmpty = ranges.stream().filter(r -> !r.isEmpty()).toList();
        if (nonEmpty.isEmpty() || counts.isEmpty()) {
            return counts;
        }
        LocalDate first = nonEmpty.stream().map(DateRange::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = nonEmpty.stream().map(DateRange::to).max(LocalDate::compareTo).orElseThrow();
        for (AttendanceMark mark : marks(counts.keySet(), first, last)) {
            List<Map<String, Integer>> perRange = counts.get(mark.pupilId());
            if (perRange == null) {
                continue;
            }
            for (int i = 0; i < ranges.size(); i++) {
                if (ranges.get(i).contains(mark.date())) {
                    perRange.get(i).merge(mark.code(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
