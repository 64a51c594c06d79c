package org.thrivemis.api.dataprotection;

/** Who asked for an erasure. */
public enum Requester {
    /** A parent or carer with parental responsibility. */
    PARENT_OR_CARER("parent or carer"),
    /** The pupil (old enough to exercise their own rights). */
    PUPIL("pupil"),
    /** The school itself, e.g. its data protection officer or the retention policy. */
    SCHOOL("the school");

    private final String label;

    Requester(String label) {
        this.label = label;
    }

    /** As shown to staff and written in the audit trail. */
    public String label() {
        return label;
    }
}
