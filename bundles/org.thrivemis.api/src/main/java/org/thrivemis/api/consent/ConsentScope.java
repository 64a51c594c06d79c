package org.thrivemis.api.consent;

/** What a parent or carer consents to. */
public enum ConsentScope {
    /** Individual Thrive profiles (baseline and behaviour assessments). */
    INDIVIDUAL_ASSESSMENT("Individual Thrive profiles"),
    /** Action plans, including home activities shared with the family. */
    ACTION_PLAN("Action plans and home activities");

    private final String label;

    ConsentScope(String label) {
        this.label = label;
    }

    /** As shown to staff. */
    public String label() {
        return label;
    }
}
