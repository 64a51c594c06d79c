package org.thrivemis.api.imports;

/** What the import does (or, in a preview, would do) with one row. */
public enum RowOutcome {
    ADDED("Added", "Would be added"),
    CHANGED("Changed", "Would be changed"),
    UNCHANGED("Unchanged: already imported", "Unchanged: already imported"),
    UNMATCHED("Skipped: no pupil matches", "Skipped: no pupil matches"),
    AMBIGUOUS("Skipped: more than one pupil matches", "Skipped: more than one pupil matches"),
    NO_CONSENT("Skipped: no current parental consent", "Skipped: no current parental consent"),
    /** Staff changed the record in the MIS after it was imported: the import leaves it alone. */
    CONFLICT("Skipped: changed in the MIS since it was imported",
            "Skipped: changed in the MIS since it was imported"),
    INVALID("Not imported: the row has problems", "Not imported: the row has problems");

    private final String done;
    private final String preview;

    RowOutcome(String done, String preview) {
        this.done = done;
        this.preview = preview;
    }

    /** As shown after a commit. */
    public String label() {
        return done;
    }

    /** As shown in a preview. */
    public String previewLabel() {
        return preview;
    }

    /** Whether the row is written by a commit. */
    public boolean writes() {
        return this == ADDED || this == CHANGED;
    }

    /** Whether the row is skipped without being a problem in the file. */
    public boolean skipped() {
        return this == UNMATCHED || this == AMBIGUOUS || this == NO_CONSENT || this == CONFLICT;
    }
}
