package org.thrivemis.api.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.roster.BaselinePupil;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.SyncReport;

/**
 * The roster (schools, classes, pupils, staff, enrollments) and the record of sync runs. Rows are
 * never deleted: a sync archives them.
 */
@ProviderType
public interface RosterRepository {

    /** Every row the source supplied, archived ones included. */
    RosterState state(String source);

    /** Stored pupils of any source with one of these UPNs, by UPN (for matching a first sync). */
    Map<String, RosterRow<RosterPupil>> pupilsByUpn(Collection<String> upns);

    /** Applies the changes with JDBC batches, in the transaction of the work. */
    void apply(RosterChanges changes);

    /** Records the start of a run and returns its id. */
    long startRun(String source, String startedBy, Instant startedAt);

    /** Records the end of a run: status, finish time, counts and issues (at most {@code maxIssues} kept). */
    void finishRun(SyncReport report, int maxIssues);

    /** The latest runs, newest first, with counts and issues. */
    List<SyncReport> runs(int limit);

    /** One run. */
    Optional<SyncReport> run(long runId);

    /** When the source's latest applied run started: what a delta read asks for changes since. */
    Optional<Instant> lastApplied(String source);

    /** Records the digest of the dataset a run applied (see {@code RosterSource.fingerprint}). */
    void recordFingerprint(long runId, String fingerprint);

    /**
     * The dataset digest of the latest applied run of any source, if that run was of this source:
     * when it equals a new read's, the stored rows of the source are exactly what the read would give.
     */
    Optional<String> latestFingerprint(String source);

    /** Current pupils flagged for a baseline profile, oldest flag first. */
    List<BaselinePupil> needingBaseline();

    /**
     * Clears the "needs a baseline profile" flag of a pupil's roster records once their baseline is
     * complete: records with the same UPN (the same child in any source), and records keyed by the
     * host pupil id with the same name (a host source's pupils, who may have no UPN). A default only
     * so test doubles need not implement it; the store bundle's repository does.
     *
     * @return how many records were cleared
     */
    default int clearNeedsBaseline(Optional<String> upn, String pupilKey, String givenName, String familyName) {
        throw new UnsupportedOperationException("This RosterRepository cannot clear baseline flags");
    }

    /**
     * {@link #clearNeedsBaseline(Optional, String, String, String)} for many pupils at once (an import of
     * many baselines). The default clears them one by one; the store bundle uses one JDBC batch.
     *
     */
    default void clearNeedsBaseline(java.util.List<BaselineDone> pupils) {
        for (BaselineDone p : pupils) {
            clearNeedsBaseline(p.upn(), p.pupilKey(), p.givenName(), p.familyName());
        }
    }

    /**
     * Records the start of a run by a node (a process sharing the database) with its first
     * heartbeat. The default ignores the node, for test doubles; the store bundle records it.
     */
    default long startRun(String source, String startedBy, Instant startedAt, String nodeId) {
        return startRun(source, startedBy, startedAt);
    }

    /**
     * Records the start of a run by a node, unless a run of the same source is already running on
     * any node sharing the database: in one transaction it locks the source (a row per source), marks
     * INTERRUPTED the source's RUNNING runs whose heartbeat is before {@code staleBefore} (their node
     * stopped), and refuses if a live one remains. Of two nodes starting the same source at once,
     * exactly one gets a run id. The default only records the start, for test doubles; the store
     * bundle locks.
     *
     * @return the new run's id
     * @throws org.thrivemis.api.roster.SyncAlreadyRunningException naming the live run that holds the source
     * @since 1.2
     */
    default long startRunAlone(String source, String startedBy, Instant startedAt, String nodeId,
            Instant staleBefore) {
        return startRun(source, startedBy, startedAt, nodeId);
    }

    /** Renews the heartbeat of the node's RUNNING runs; returns how many. */
    default int heartbeat(String nodeId, Instant at) {
        throw new UnsupportedOperationException("This RosterRepository keeps no heartbeats");
    }

    /**
     * Marks INTERRUPTED every RUNNING run whose last heartbeat (its start, for runs recorded without
     * one) is before {@code staleBefore}: the process running it died. Each gets an issue saying so.
     *
     * @return the ids of the runs marked
     */
    default List<Long> interruptStale(Instant staleBefore, Instant at) {
        throw new UnsupportedOperationException("This RosterRepository keeps no heartbeats");
    }
}
