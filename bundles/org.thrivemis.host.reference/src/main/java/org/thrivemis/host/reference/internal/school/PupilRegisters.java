package org.thrivemis.host.reference.internal.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.thrivemis.mis.api.DateRange;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceMark.Session;

/**
 * One pupil's registers for the year, held compactly: the days and each day's morning and
 * afternoon code, in three arrays (a few objects per pupil, not one per mark). The school keeps
 * thousands of pupils' registers between requests; held as marks they were over a million objects
 * that the garbage collector copied again and again as pages came and went. Marks are made only
 * for the days a caller asks for, and counts by code over date ranges are made without any
 * (what a real MIS's grouped count would give).
 */
final class PupilRegisters {

    static final PupilRegisters NONE = new PupilRegisters("", new LocalDate[0], new byte[0], new byte[0]);

    /** Every code text seen, by number: registers hold a byte per session. 0 is "no register taken". */
    private static final List<String> CODES = new CopyOnWriteArrayList<>(java.util.Arrays.asList((String) null));
    private static final Map<String, Byte> NUMBERS = new HashMap<>();
    private static final int MAX_CODES = 127;

    private final String pupilId;
    private final LocalDate[] days;
    /** The same days as epoch days: ranges are found and walked by comparing ints. */
    private final long[] epochDays;
    /** The number of each day's morning code (see {@link #CODES}), 0 when no morning register was taken. */
    private final byte[] am;
    private final byte[] pm;

    private PupilRegisters(String pupilId, LocalDate[] days, byte[] am, byte[] pm) {
        this.pupilId = pupilId;
        this.days = days;
        this.epochDays = new long[days.length];
        for (int i = 0; i < days.length; i++) {
            epochDays[i] = days[i].toEpochDay();
        }
        this.am = am;
        this.pm = pm;
    }

    /** The registers of these marks (one pupil's, in date and session order). */
    static PupilRegisters of(String pupilId, List<AttendanceMark> marks) {
        List<LocalDate> days = new ArrayList<>();
        List<Byte> am = new ArrayList<>();
        List<Byte> pm = new ArrayList<>();
        for (AttendanceMark mark : marks) {
            if (!mark.pupilId().equals(pupilId)) {
                throw new IllegalArgumentException("a mark of " + mark.pupilId() + " among the registers of " + pupilId);
            }
            int last = days.size() - 1;
            if (last < 0 || !days.get(last).equals(mark.date())) {
                if (last >= 0 && days.get(last).isAfter(mark.date())) {
                    throw new IllegalArgumentException("registers of " + pupilId + " out of date order at " + mark.date());
                }
                days.add(mark.date());
                am.add((byte) 0);
                pm.add((byte) 0);
                last++;
            }
            (mark.session() == Session.AM ? am : pm).set(last, number(mark.code()));
        }
        byte[] amBytes = new byte[days.size()];
        byte[] pmBytes = new byte[days.size()];
        for (int i = 0; i < amBytes.length; i++) {
            amBytes[i] = am.get(i);
            pmBytes[i] = pm.get(i);
        }
        return new PupilRegisters(pupilId, days.toArray(LocalDate[]::new), amBytes, pmBytes);
    }

    private static byte number(String code) {
        synchronized (NUMBERS) {
            Byte known = NUMBERS.get(code);
            if (known != null) {
                return known;
            }
            if (CODES.size() > MAX_CODES) {
                throw new IllegalStateException("more than " + MAX_CODES + " different register codes: " + CODES);
            }
            byte number = (byte) CODES.size();
            CODES.add(code);
            NUMBERS.put(code, number);
            return number;
        }
    }

    /**
     * Sessions by code in each range (see {@link org.thrivemis.mis.api.AttendanceSource#counts}): one
     * pass over each range's days, counting numbers, then a map per range.
     */
    List<Map<String, Integer>> counts(List<DateRange> ranges) {
        int[][] byRange = new int[ranges.size()][CODES.size()];
        for (int r = 0; r < byRange.length; r++) {
            DateRange range = ranges.get(r);
            // each range's days found by binary search, then counted: a year, a term and 8 weeks are ~300 days
            long to = range.to().toEpochDay();
            for (int i = firstOnOrAfter(range.from()); i < days.length && epochDays[i] <= to; i++) {
                byRange[r][am[i]]++;
                byRange[r][pm[i]]++;
            }
        }
        List<Map<String, Integer>> counts = new ArrayList<>(byRange.length);
        for (int[] sessions : byRange) {
            Map<String, Integer> byCode = new HashMap<>();
            // number 0 is "no register taken": not a session
            for (int n = 1; n < sessions.length && n < CODES.size(); n++) {
                if (sessions[n] > 0) {
                    byCode.put(CODES.get(n), sessions[n]);
                }
            }
            counts.add(byCode);
        }
        return counts;
    }

    /** Every mark, in date and session order. */
    List<AttendanceMark> marks() {
        List<AttendanceMark> out = new ArrayList<>(days.length * 2);
        addMarks(LocalDate.MIN, LocalDate.MAX, out);
        return Collections.unmodifiableList(out);
    }

    /** Adds the marks from {@code from} to {@code to}, both inclusive, in date and session order. */
    void addMarks(LocalDate from, LocalDate to, List<AttendanceMark> out) {
        for (int i = firstOnOrAfter(from); i < days.length && !days[i].isAfter(to); i++) {
            if (am[i] != 0) {
                out.add(new AttendanceMark(pupilId, days[i], Session.AM, CODES.get(am[i])));
            }
            if (pm[i] != 0) {
                out.add(new AttendanceMark(pupilId, days[i], Session.PM, CODES.get(pm[i])));
            }
        }
    }

    /** The index of the first day on or after {@code day} (the number of days when there is none). */
    int firstOnOrAfter(LocalDate day) {
        long wanted = day.toEpochDay();
        int low = 0;
        int high = days.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (epochDays[mid] < wanted) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
