package org.thrivemis.imports.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.thrivemis.api.Actor;
import org.thrivemis.api.imports.ImportCounts;
import org.thrivemis.api.imports.ImportRun;
import org.thrivemis.api.imports.ImportStatus;
import org.thrivemis.api.imports.RowIssue;

/**
 * A run while this service holds it: the uploaded file, the format, live progress of the step in
 * hand, and the latest snapshot shown to users. Snapshots are immutable {@link ImportRun}s; the
 * background step updates the counters, pages read them.
 */
final class RunState {
    final Actor actor;
    final Path file;
    final FormatRegistry.Entry format;
    final AtomicLong bytesRead = new AtomicLong();
    private volatile ImportRun snapshot;
    private volatile Progress progress = Progress.NONE;

    /** The counts the running step has reached, for the progress display. */
    record Progress(long rows, long added, long changed, long unchanged, long skipped, long problems) {
        static final Progress NONE = new Progress(0, 0, 0, 0, 0, 0);

        ImportCounts counts() {
            return new ImportCounts(rows, added, changed, unchanged, skipped, problems);
        }
    }

    RunState(Actor actor, Path file, FormatRegistry.Entry format, ImportRun first) {
        this.actor = actor;
        this.file = file;
        this.format = format;
        this.snapshot = first;
    }

    long id() {
        return snapshot.id();
    }

    ImportRun snapshot() {
        ImportRun s = snapshot;
        if (s.status().working()) {
            return s.with(s.status(), bytesRead.get(), progress.counts(), s.issues(), s.finishedAt(), s.message());
        }
        return s;
    }

    void progress(Progress now) {
        progress = now;
    }

    /** The run enters a background step: progress starts again from the top of the file. */
    void begin(ImportStatus working) {
        bytesRead.set(0);
        progress = Progress.NONE;
        ImportRun s = snapshot;
        snapshot = s.with(working, 0, ImportCounts.NONE, List.of(), s.finishedAt(), Optional.empty());
    }

    /** The step has ended. */
    ImportRun end(ImportStatus status, ImportCounts counts, List<RowIssue> issues, Instant at, Optional<String> message) {
        ImportRun s = snapshot;
        snapshot = s.with(status, s.bytesTotal(), counts, new ArrayList<>(issues), Optional.of(at), message);
        return snapshot;
    }
}
