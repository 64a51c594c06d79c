package org.thrivemis.host.reference.internal.school;

/**
 * How likely a pupil is, on a school day, to be marked with each kind of code. Most pupils are
 * {@link #USUAL} (about 96% attendance); a handful are {@link #PERSISTENTLY_ABSENT} (about 84%).
 *
 * @param illnessStart chance that an illness of one to three days starts (code I)
 * @param lateMorning chance of arriving late before the register closed (code L)
 * @param appointment chance of a medical or dental appointment for one session (code M)
 * @param unexplainedSession chance of an afternoon absence without a reason (code O)
 * @param unexplainedDay chance of a whole day's absence without a reason (code O)
 */
record AttendanceHabits(double illnessStart, double lateMorning, double appointment, double unexplainedSession,
        double unexplainedDay) {

    static final AttendanceHabits USUAL = new AttendanceHabits(0.012, 0.02, 0.004, 0.002, 0.0);
    static final AttendanceHabits PERSISTENTLY_ABSENT = new AttendanceHabits(0.07, 0.08, 0.006, 0.01, 0.05);
}
