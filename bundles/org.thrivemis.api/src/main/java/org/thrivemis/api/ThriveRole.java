package org.thrivemis.api;

/** The roles the Thrive domain knows; host roles map onto them by configuration. */
public enum ThriveRole {
    /** Records parental consent, runs syncs and imports; sees consent status only. */
    OFFICE("Office staff"),
    /** Reads Thrive data of pupils in the classes they teach; runs whole-group screening. */
    TEACHER("Teacher"),
    /** Assesses pupils and runs action plans. */
    PRACTITIONER("Thrive practitioner"),
    /** Everything a practitioner does, for every class; searches the audit log. */
    SENIOR_LEAD("Senior lead"),
    /** Configures the plugin; searches the audit log; no pupil data by this role alone. */
    ADMIN("Administrator");

    private final String label;

    ThriveRole(String label) {
        this.label = label;
    }

    /** The role's name as shown to staff. */
    public String label() {
        return label;
    }
}
