package org.thrivemis.web.internal.impact;

/** The three periods compared around a pupil's first action plan. */
public enum Phase {
    BEFORE("Before the plan"),
    DURING("During the plan"),
    AFTER("After the plan");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** As shown on the page and in the CSV header. */
    public String label() {
        return label;
    }
}
