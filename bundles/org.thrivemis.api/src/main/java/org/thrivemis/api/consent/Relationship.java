package org.thrivemis.api.consent;

/** The relationship to the pupil of the person who gave or withdrew consent. */
public enum Relationship {
    PARENT("Parent"),
    CARER("Carer"),
    GUARDIAN("Legal guardian"),
    LOCAL_AUTHORITY("Local authority (corporate parent)"),
    OTHER("Other person with parental responsibility");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    /** As shown to staff. */
    public String label() {
        return label;
    }
}
