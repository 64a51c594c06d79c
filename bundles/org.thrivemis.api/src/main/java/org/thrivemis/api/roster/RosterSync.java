package org.thrivemis.api.roster;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;

/**
 * Runs roster syncs: reads one {@link RosterSource}, checks the whole dataset, and applies it in one
 * transaction or not at all. Two runs of one source never overlap. Every call checks the actor's
 * access and is audited.
 */
@ProviderType
public interface RosterSync {

    /**
     * The configured sources, with the run in progress of each.
     *
     * @throws AccessDeniedException unless the actor may run syncs
     */
    List<SourceInfo> sources(Actor actor);

    /**
     * Starts a sync in the background and returns its run id at once; follow it with
     * {@link #progress} and {@link #report}.
     *
     * @param upload a dataset uploaded for this run, read instead of the source's configured location;
     *        the service takes the file over and deletes it when the run ends
     * @throws SyncAlreadyRunningException if a sync of the source is running
     * @throws NotFoundException if no source has the id
     * @throws AccessDeniedException unless the actor may run syncs
     */
    long start(Actor actor, String sourceId, Optional<Path> upload);

    /**
     * Runs a sync on the calling thread and returns its report (same checks as {@link #start}); an
     * upload is read and left in place.
     */
    SyncReport run(Actor actor, String sourceId, Optional<Path> upload);

    /** The run in progress for the source, if any. */
    Optional<SyncProgress> progress(String sourceId);

    /**
     * The latest runs of every source, newest first, with counts and issues.
     *
     * @throws AccessDeniedException unless the actor may run syncs
     */
    List<SyncReport> recentRuns(Actor actor, int limit);

    /** One run's report. */
    Optional<SyncReport> report(Actor actor, long runId);
}
