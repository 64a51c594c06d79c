package org.thrivemis.api.profile;

/** The kinds of Thrive profile. */
public enum ProfileKind {
    /** Every pupil, on joining; by a practitioner; needs consent. */
    BASELINE("Baseline profile"),
    /** On referral, with the reason; by a practitioner; needs consent. */
    BEHAVIOUR("Behaviour profile"),
    /** From a whole-group screening round; by the class teacher. */
    GROUP("Group profile");

    private final String label;

    ProfileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this kind is an individual assessment (consent-gated). */
    public boolean isIndividual() {
        return this != GROUP;
    }
}
