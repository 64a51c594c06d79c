package org.thrivemis.api.roster;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a sync asks a source to read.
 *
 * @param changedSince the start of the source's last applied sync, if any: a source that can read
 *        changes only (a web source's delta by {@code dateLastModified}) may read just those and
 *        declare {@link Coverage#DELTA}; empty for a first sync or an upload
 * @param upload a dataset an admin uploaded for this run (a OneRoster ZIP), read instead of the
 *        configured location; sources that read no files refuse a request with one
 */
public record RosterRequest(Optional<Instant> changedSince, Optional<Path> upload) {
    public RosterRequest {
        Objects.requireNonNull(changedSince, "changedSince");
        Objects.requireNonNull(upload, "upload");
    }

    /** Everything, from the configured location. */
    public static RosterRequest full() {
        return new RosterRequest(Optional.empty(), Optional.empty());
    }
}
