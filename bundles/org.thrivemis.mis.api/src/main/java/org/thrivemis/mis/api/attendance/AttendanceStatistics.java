package org.thrivemis.mis.api.attendance;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Attendance over a set of sessions, by DfE category. Attendance % is (present + approved
 * activity) / possible sessions × 100, where "not possible" sessions are left out; below 90% is
 * persistent absence. Codes the table does not know are counted separately and left out.
 *
 * @param byCategory number of sessions in each category
 * @param unknownCodes sessions with a code that is not a DfE code (left out of every figure)
 * @param legacyCodes sessions with a code withdrawn in 2024 (counted with their old meaning)
 */
public record AttendanceStatistics(Map<AttendanceCategory, Integer> byCategory, int unknownCodes, int legacyCodes) {

    /** The DfE threshold: attendance below this percentage is persistent absence. */
    public static final double PERSISTENT_ABSENCE_BELOW = 90.0;

    public AttendanceStatistics {
        EnumMap<AttendanceCategory, Integer> copy = new EnumMap<>(AttendanceCategory.class);
        for (AttendanceCategory c : AttendanceCategory.values()) {
            copy.put(c, byCategory.getOrDefault(c, 0));
        }
        byCategory = Collections.unmodifiableMap(copy);
    }

    /** Statistics of the register codes given (one per session). */
    public static AttendanceStatistics of(Iterable<String> codes) {
        EnumMap<AttendanceCategory, Integer> counts = new EnumMap<>(AttendanceCategory.class);
        int unknown = 0;
        int legacy = 0;
        for (String text : codes) {
            var code = AttendanceCode.of(text);
            if (code.isEmpty()) {
                unknown++;
                continue;
            }
            if (code.get().isLegacy()) {
                legacy++;
            }
            counts.merge(code.get().category(), 1, Integer::sum);
        }
        return new AttendanceStatistics(counts, unknown, legacy);
    }

    /**
     * Statistics of sessions counted by register code (code → sessions), as
     * {@link org.thrivemis.mis.api.AttendanceSource#counts} gives them.
     *
     * @since 1.2
     */
    public static AttendanceStatistics ofCounts(Map<String, Integer> sessionsByCode) {
        EnumMap<AttendanceCategory, Integer> counts = new EnumMap<>(AttendanceCategory.class);
        int unknown = 0;
        int legacy = 0;
        for (Map.Entry<String, Integer> e : sessionsByCode.entrySet()) {
            int sessions = e.getValue();
            var code = AttendanceCode.of(e.getKey());
            if (code.isEmpty()) {
                unknown += sessions;
                continue;
            }
            if (code.get().isLegacy()) {
                legacy += sessions;
            }
            counts.merge(code.get().category(), sessions, Integer::sum);
        }
        return new AttendanceStatistics(counts, unknown, legacy);
    }

    /** Sessions in a category. */
    public int count(AttendanceCategory category) {
        return byCategory.get(category);
    }

    /** Sessions that count towards attendance: every category but "not possible". */
    public int possibleSessions() {
        // a loop, not a stream: a class page asks this of every pupil several times
        int possible = 0;
        for (Map.Entry<AttendanceCategory, Integer> e : byCategory.entrySet()) {
            if (e.getKey().isPossible()) {
                possible += e.getValue();
            }
        }
        return possible;
    }

    /** Sessions attended: present plus approved educational activity. */
    public int attendedSessions() {
        return count(AttendanceCategory.PRESENT) + count(AttendanceCategory.APPROVED_ACTIVITY);
    }

    /** Attendance percentage, empty when there were no possible sessions. */
    public OptionalDouble percentage() {
        int possible = possibleSessions();
        return possible == 0 ? OptionalDouble.empty() : OptionalDouble.of(attendedSessions() * 100.0 / possible);
    }

    /** Whether attendance is below 90% (false when there were no possible sessions). */
    public boolean persistentAbsence() {
        return percentage().orElse(100.0) < PERSISTENT_ABSENCE_BELOW;
    }
}
