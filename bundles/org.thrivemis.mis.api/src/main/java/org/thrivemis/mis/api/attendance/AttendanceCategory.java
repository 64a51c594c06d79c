package org.thrivemis.mis.api.attendance;

/** How a register code counts in attendance statistics. */
public enum AttendanceCategory {
    /** Counts as attendance. */
    PRESENT("Present"),
    /** Counts as attendance (off-site approved educational activity). */
    APPROVED_ACTIVITY("Approved educational activity"),
    /** Counts as absence. */
    AUTHORISED_ABSENCE("Authorised absence"),
    /** Counts as absence. */
    UNAUTHORISED_ABSENCE("Unauthorised absence"),
    /** Left out of the possible sessions entirely. */
    NOT_POSSIBLE("Attendance not possible");

    private final String label;

    AttendanceCategory(String label) {
        this.label = label;
    }

    /** The category's name as shown to staff. */
    public String label() {
        return label;
    }

    /** Whether a session in this category counts towards the possible sessions. */
    public boolean isPossible() {
        return this != NOT_POSSIBLE;
    }

    /** Whether a session in this category counts as attended. */
    public boolean isAttended() {
        return this == PRESENT || this == APPROVED_ACTIVITY;
    }
}
