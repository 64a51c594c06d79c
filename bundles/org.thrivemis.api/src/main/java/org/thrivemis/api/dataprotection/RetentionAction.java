package org.thrivemis.api.dataprotection;

/** What the retention policy does with the Thrive data of a pupil who left long enough ago. */
public enum RetentionAction {
    /**
     * Keep the profiles and plans for whole-school evaluation, but anonymous: the pupil id becomes a
     * random token, staff-written free text is cleared, consents and roster entries are erased.
     */
    ARCHIVE("archive anonymously"),
    /** Erase everything, as an erasure request would. */
    ERASE("erase");

    private final String label;

    RetentionAction(String label) {
        this.label = label;
    }

    /** As shown to staff, e.g. "erase". */
    public String label() {
        return label;
    }
}
