package org.thrivemis.api.content;

/**
 * The six developmental strands, in the order they come on-line. A gap in an earlier strand matters
 * even for an older child. Default age ranges live in the content pack and configuration, not here.
 */
public enum Strand {
    BEING("Being"),
    DOING("Doing"),
    THINKING("Thinking"),
    POWER_AND_IDENTITY("Power and identity"),
    SKILLS_AND_STRUCTURE("Skills and structure"),
    INTERDEPENDENCE("Interdependence");

    private final String label;

    Strand(String label) {
        this.label = label;
    }

    /** As shown to staff. */
    public String label() {
        return label;
    }
}
