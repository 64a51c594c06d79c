package org.thrivemis.api.imports;

/** Where an import run is. */
public enum ImportStatus {
    /** Reading the file for the preview. */
    PREVIEWING("Reading the file", false),
    /** The preview is ready and has no problems: it can be committed. */
    READY("Ready to import", false),
    /** The preview found problems: nothing can be imported until the file is corrected. */
    REFUSED("Problems to correct", true),
    /** Applying the file. */
    COMMITTING("Importing", false),
    /** Applied. */
    COMMITTED("Imported", true),
    /** Stopped by an error (the message says which); nothing was changed. */
    FAILED("Failed", true);

    private final String label;
    private final boolean finished;

    ImportStatus(String label, boolean finished) {
        this.label = label;
        this.finished = finished;
    }

    /** As shown to staff. */
    public String label() {
        return label;
    }

    /** Whether the run has ended for good. */
    public boolean finished() {
        return finished;
    }

    /** Whether the run is working in the background now. */
    public boolean working() {
        return this == PREVIEWING || this == COMMITTING;
    }
}
