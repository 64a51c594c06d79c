package org.thrivemis.host.reference.internal.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceMark.Session;
import org.thrivemis.mis.api.Enrollment;

/**
 * Writes a pupil's morning and afternoon registers for every school day of the year they are on
 * roll (up to a given day), with DfE codes in realistic proportions: mostly present ({@code /} and {@code \}), some late
 * (L), ill (I), at appointments (M), absent without reason (O) or on an unauthorised holiday (G),
 * their class's trip (V) and the INSET days ({@code #}). Each pupil's registers come from their own
 * random stream, seeded by the pupil, so they are generated on request (nothing is kept: a school
 * of 100,000 pupils × a year of registers fits in memory) and a day's marks never depend on the
 * day the school was generated or on which other pupils were asked for.
 */
final class AttendanceGenerator {

    private final long seed;
    private final List<LocalDate> schoolDays;
    private final java.util.Set<LocalDate> insetDays;

    AttendanceGenerator(long seed, List<SchoolTerm> terms) {
        this.seed = seed;
        this.schoolDays = terms.stream().flatMap(t -> t.schoolDays().stream()).toList();
        this.insetDays = terms.stream().map(SchoolTerm::insetDay).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The pupil's registers from the start of the year up to {@code until}, inclusive.
     *
     * @param pupilId the pupil
     * @param enrollment when the pupil is on roll
     * @param habits how the pupil tends to attend
     * @param holiday the first day of an unauthorised holiday, if the family takes one
     * @param tripDay the day of the class trip
     * @param until the last day wanted
     */
    List<AttendanceMark> registers(String pupilId, Enrollment enrollment, AttendanceHabits habits,
            Optional<LocalDate> holiday, LocalDate tripDay, LocalDate until) {
        Random random = new Random(seed * 31 + pupilId.hashCode());
        int holidayDaysLeft = 0;
        int illnessDaysLeft = 0;
        List<AttendanceMark> marks = new ArrayList<>();
        for (LocalDate day : schoolDays) {
            if (day.isAfter(until)) {
                break;
            }
            if (!enrollment.activeOn(day)) {
                continue;
            }
            if (holiday.isPresent() && holiday.get().equals(day)) {
                holidayDaysLeft = 3 + random.nextInt(3);
            }
            String am;
            String pm;
            if (isInsetDay(day)) {
                am = "#";
                pm = "#";
            } else if (holidayDaysLeft > 0) {
                holidayDaysLeft--;
                am = "G";
                pm = "G";
            } else if (illnessDaysLeft > 0) {
                illnessDaysLeft--;
                am = "I";
                pm = "I";
            } else if (random.nextDouble() < habits.illnessStart()) {
                illnessDaysLeft = illnessLength(random) - 1;
                // Some illnesses start at school: present in the morning, sent home after lunch.
                am = random.nextDouble() < 0.2 ? "/" : "I";
                pm = "I";
            } else if (random.nextDouble() < habits.unexplainedDay()) {
                am = "O";
                pm = "O";
            } else {
                am = random.nextDouble() < habits.lateMorning() ? "L" : "/";
                pm = "\\";
                if (random.nextDouble() < habits.appointment()) {
                    if (random.nextBoolean()) {
                        am = "M";
                    } else {
                        pm = "M";
                    }
                }
                if (random.nextDouble() < habits.unexplainedSession()) {
                    pm = "O";
                }
                if (day.equals(tripDay)) {
                    am = isPresent(am) ? "V" : am;
                    pm = isPresent(pm) ? "V" : pm;
                }
            }
            marks.add(new AttendanceMark(pupilId, day, Session.AM, am));
            marks.add(new AttendanceMark(pupilId, day, Session.PM, pm));
        }
        return marks;
    }

    private boolean isInsetDay(LocalDate day) {
        return insetDays.contains(day);
    }

    private static int illnessLength(Random random) {
        double r = random.nextDouble();
        return r < 0.5 ? 1 : r < 0.8 ? 2 : 3;
    }

    private static boolean isPresent(String code) {
        return code.equals("/") || code.equals("\\") || code.equals("L");
    }
}
