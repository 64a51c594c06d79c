package org.thrivemis.api.plan;

/** The vital relational functions: how the adults around the child respond. */
public enum RelationalFunction {
    ATTUNE("Attune", "How adults will notice and match the child's feelings"),
    VALIDATE("Validate", "How adults will show the child their feelings make sense"),
    CONTAIN("Contain", "How adults will stay calm and hold the child's feelings"),
    REGULATE("Regulate", "How adults will help the child settle and soothe");

    private final String label;
    private final String hint;

    RelationalFunction(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    /** As shown to staff. */
    public String label() {
        return label;
    }

    /** A one-line prompt for the notes field. */
    public String hint() {
        return hint;
    }
}
