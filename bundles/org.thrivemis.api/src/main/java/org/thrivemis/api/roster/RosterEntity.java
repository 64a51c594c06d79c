package org.thrivemis.api.roster;

/** The kinds of roster record, in the order a sync applies them (parents before children). */
public enum RosterEntity {
    SCHOOL("schools"),
    CLASS("classes"),
    PUPIL("pupils"),
    STAFF("staff"),
    ENROLLMENT("enrollments");

    private final String plural;

    RosterEntity(String plural) {
        this.plural = plural;
    }

    /** The kind in a sentence, e.g. "pupils". */
    public String plural() {
        return plural;
    }
}
