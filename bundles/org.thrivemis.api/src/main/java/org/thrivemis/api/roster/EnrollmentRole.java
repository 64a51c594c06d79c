package org.thrivemis.api.roster;

/** Who an enrollment puts in a class. */
public enum EnrollmentRole {
    /** A pupil learning in the class; {@code userSourceId} names a {@link RosterPupil}. */
    PUPIL,
    /** A member of staff teaching the class; {@code userSourceId} names a {@link RosterStaff}. */
    TEACHER
}
