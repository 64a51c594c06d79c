package org.thrivemis.api.consent;

/** The current state of consent for one scope: the latest record wins. */
public enum ConsentState {
    NOT_RECORDED("Not recorded"),
    GIVEN("Given"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ConsentState(String label) {
        this.label = label;
    }

    /** As shown to staff. */
    public String label() {
        return label;
    }
}
