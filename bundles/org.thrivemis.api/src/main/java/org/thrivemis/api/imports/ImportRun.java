package org.thrivemis.api.imports;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One import of one file: its preview and, once committed, its result.
 *
 * @param id run id
 * @param fileName as uploaded
 * @param formatId the format used
 * @param formatLabel its name
 * @param startedBy name of who started it
 * @param startedAt when
 * @param finishedAt when the preview or commit last finished
 * @param status where it is
 * @param bytesRead how far the current step has read the file, for progress
 * @param bytesTotal the file's size
 * @param counts the outcome counts of the latest step (the preview, then the commit)
 * @param issues the first problems and ambiguities (the report has them all)
 * @param message for a failed run, why; empty otherwise
 */
public record ImportRun(long id, String fileName, String formatId, String formatLabel, String startedBy,
        Instant startedAt, Optional<Instant> finishedAt, ImportStatus status, long bytesRead, long bytesTotal,
        ImportCounts counts, List<RowIssue> issues, Optional<String> message) {

    /** How many issues a run keeps to show; the report lists every one. */
    public static final int ISSUES_SHOWN = 100;

    public ImportRun {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(formatLabel, "formatLabel");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        issues = List.copyOf(issues);
        Objects.requireNonNull(message, "message");
    }

    /** Share of the file read by the current step, 0–100. */
    public int percentRead() {
        return bytesTotal <= 0 ? 100 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
    }

    /** The same run with another status, progress, counts, issues and message. */
    public ImportRun with(ImportStatus newStatus, long newBytesRead, ImportCounts newCounts, List<RowIssue> newIssues,
            Optional<Instant> newFinishedAt, Optional<String> newMessage) {
        return new ImportRun(id, fileName, formatId, formatLabel, startedBy, startedAt, newFinishedAt, newStatus,
                newBytesRead, bytesTotal, newCounts, newIssues, newMessage);
    }
}
