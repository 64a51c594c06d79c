package org.thrivemis.api.profile;

/** A draft can be saved and finished later; a completed assessment no longer changes. */
public enum AssessmentStatus {
    DRAFT("Draft"),
    COMPLETED("Completed");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
