package org.thrivemis.api.roster;

import java.util.Objects;
import java.util.Optional;

/**
 * A configured roster source as admins see it.
 *
 * @param id {@value RosterSource#ID}
 * @param label {@value RosterSource#LABEL}
 * @param kind {@value RosterSource#KIND}
 * @param running the run in progress, if any
 */
public record SourceInfo(String id, String label, String kind, Optional<SyncProgress> running) {
    public SourceInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(running, "running");
    }
}
