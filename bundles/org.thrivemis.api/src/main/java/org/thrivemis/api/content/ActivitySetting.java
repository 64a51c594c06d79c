package org.thrivemis.api.content;

/** Where an activity happens. */
public enum ActivitySetting {
    SCHOOL("School"),
    HOME("Home");

    private final String label;

    ActivitySetting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
