package org.thrivemis.api.profile;

/** How far a child has got with one statement. Anything short of SECURE is a gap. */
public enum Level {
    NOT_YET("Not yet"),
    EMERGING("Emerging"),
    SECURE("Secure");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
