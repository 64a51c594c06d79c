package org.thrivemis.api.consent;

/** What a consent record says. */
public enum ConsentDecision {
    GIVEN("Given"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ConsentDecision(String label) {
        this.label = label;
    }

    /** As shown to staff. */
    public String label() {
        return label;
    }
}
