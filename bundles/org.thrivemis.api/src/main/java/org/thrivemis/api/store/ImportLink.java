package org.thrivemis.api.store;

import java.util.Objects;

/**
 * The ledger of one natural key of an import (a pupil's profile of one kind on one day, or a
 * pupil's plan starting on one day): the digest of what the export last said and the native record
 * it was written to, with that record's version just after the import wrote it.
 *
 * @param digest digest of the imported content
 * @param recordId the native assessment or action plan; 0 for a key imported before imports made
 *        native records (the next import creates one)
 * @param recordVersion the record's version when the import last wrote it
 * @param currentVersion the record's version now, when read; -1 when the record no longer exists;
 *        ignored when saving
 * @param runId the import run that last wrote it
 * @param formatId the format it was read with
 */
public record ImportLink(String digest, long recordId, long recordVersion, long currentVersion, long runId,
        String formatId) {
    public ImportLink {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(formatId, "formatId");
    }

    /** Whether staff changed the native record after the import wrote it. */
    public boolean editedSince() {
        return recordId != 0 && currentVersion >= 0 && currentVersion != recordVersion;
    }

    /** Whether there is a native record to update. */
    public boolean hasRecord() {
        return recordId != 0 && currentVersion >= 0;
    }
}
