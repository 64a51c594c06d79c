package org.thrivemis.api.screening;

/** A round is marked while open; closing it computes the class profile, after which it no longer changes. */
public enum RoundStatus {
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    RoundStatus(String label) {
        this.label = label;
    }

    /** As shown to staff. */
    public String label() {
        return label;
    }
}
