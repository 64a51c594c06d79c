package org.thrivemis.api.plan;

/** Progress towards one target, as judged at a review. */
public enum Progress {
    NOT_STARTED("Not started"),
    SOME("Some progress"),
    GOOD("Good progress"),
    ACHIEVED("Achieved");

    private final String label;

    Progress(String label) {
        this.label = label;
    }

    /** As shown to staff. */
    public String label() {
        return label;
    }
}
