package org.thrivemis.roster.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.thrivemis.api.Actor;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.roster.EntityCounts;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterRead;
import org.thrivemis.api.roster.RosterRequest;
import org.thrivemis.api.roster.RosterSource;
import org.thrivemis.api.roster.RosterSourceException;
import org.thrivemis.api.roster.Severity;
import org.thrivemis.api.roster.SyncIssue;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.roster.SyncStatus;
import org.thrivemis.api.store.RosterRow;
import org.thrivemis.api.store.RosterState;
import org.thrivemis.api.store.StoreException;
import org.thrivemis.api.store.StoreTx;
import org.thrivemis.api.store.ThriveStore;

/**
 * One sync run: read the source whole, check the dataset as a whole, then apply every change,
 * the run's report and its audit entry in ONE write transaction. Any error in the data, the source
 * or the store leaves the roster exactly as it was; the run is then recorded as refused or failed
 * in a transaction of its own.
 */
final class SyncEngine {
    /** Audit code of a sync run. */
    static final String AUDIT_ACTION = "roster.sync";
    /** Most issues kept with a run; a broken file can produce one per line. */
    static final int MAX_ISSUES = 1000;

    private final ThriveStore store;
    private final Clock clock;
    /** Runs inside the write transaction after the changes, before commit: the tests' kill point. */
    private final Consumer<StoreTx> beforeCommit;

    SyncEngine(ThriveStore store, Clock clock) {
        this(store, clock, tx -> { });
    }

    SyncEngine(ThriveStore store, Clock clock, Consumer<StoreTx> beforeCommit) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.beforeCommit = Objects.requireNonNull(beforeCommit, "beforeCommit");
    }

    /** Records the start of a run (its own transaction, so the admin page sees it at once). */
    long start(String sourceId, Actor actor, Instant startedAt) {
        return start(sourceId, actor, startedAt, "");
    }

    /** The same, recording which node runs it (its heartbeat tells the other nodes it is alive). */
    long start(String sourceId, Actor actor, Instant startedAt, String nodeId) {
        return store.write(tx -> tx.roster().startRun(sourceId, actor.displayName(), startedAt, nodeId));
    }

    /**
     * The same, unless a run of the source is live on any node sharing the database (the store locks
     * the source in this transaction); a RUNNING run not heard from since {@code staleBefore} is
     * marked INTERRUPTED and replaced.
     *
     * @throws org.thrivemis.api.roster.SyncAlreadyRunningException naming the live run
     */
    long startAlone(String sourceId, Actor actor, Instant startedAt, String nodeId, Instant staleBefore) {
        return store.write(tx -> tx.roster().startRunAlone(sourceId, actor.displayName(), startedAt, nodeId,
                staleBefore));
    }

    /**
     * Runs a started run to its end and returns the report (also stored).
     *
     * @param stage told what the run is doing, for progress
     */
    SyncReport run(long runId, Instant startedAt, String sourceId, RosterSource source, RosterRequest request,
            Actor actor, Dataset data, Consumer<String> stage) {
        stage.accept("Checking whether the data changed");
        Optional<String> fingerprint = fingerprint(source, request);
        if (fingerprint.isPresent()) {
            Optional<String> last = store.read(tx -> tx.roster().latestFingerprint(sourceId));
            if (last.equals(fingerprint)) {
                return unchanged(runId, startedAt, sourceId, actor, fingerprint.get());
            }
        }
        stage.accept("Reading the source");
        RosterRead read;
        try {
            read = source.read(request, data);
        } catch (RosterSourceException e) {
            return finishWithout(runId, startedAt, sourceId, actor, SyncStatus.FAILED, with(data.issues,
                    SyncIssue.error(Origin.NONE, "", "", e.getMessage())));
        } catch (RuntimeException e) {
            return finishWithout(runId, startedAt, sourceId, actor, SyncStatus.FAILED, with(data.issues,
                    SyncIssue.error(Origin.NONE, "", "", "The source failed: " + e
                            + ". Nothing was changed; tell your administrator.")));
        }
        if (data.hasErrors()) {
            return finishWithout(runId, startedAt, sourceId, actor, SyncStatus.REFUSED, data.issues);
        }
        stage.accept("Checking " + data.records() + " records");
        try {
            return store.write(tx -> {
                SyncReport report = apply(tx, runId, startedAt, sourceId, actor, data, read, stage);
                fingerprint.ifPresent(f -> tx.roster().recordFingerprint(runId, f));
                beforeCommit.accept(tx);
                return report;
            });
        } catch (Refused refused) {
            return finishWithout(runId, startedAt, sourceId, actor, SyncStatus.REFUSED, refused.issues);
        } catch (StoreException e) {
            return finishWithout(runId, startedAt, sourceId, actor, SyncStatus.FAILED, with(data.issues,
                    SyncIssue.error(Origin.NONE, "", "", e.getMessage())));
        } catch (RuntimeException e) {
            // the transaction rolled back; record why, so the run does not stay "running"
            return finishWithout(runId, startedAt, sourceId, actor, SyncStatus.FAILED, with(data.issues,
                    SyncIssue.error(Origin.NONE, "", "", "The sync stopped before saving (" + e
                            + "); nothing was changed. Run it again; if it fails again, tell your administrator.")));
        }
    }

    private SyncReport apply(StoreTx tx, long runId, Instant startedAt, String sourceId, Actor actor, Dataset data,
            RosterRead read, Consumer<String> stage) {
        RosterState stored = tx.roster().state(sourceId);
        List<SyncIssue> issues = new ArrayList<>(data.issues);
        issues.addAll(DatasetCheck.check(data, read, stored));
        if (issues.stream().anyMatch(i -> i.severity() == Severity.ERROR)) {
            throw new Refused(issues);
        }
        List<String> upns = data.pupils.stream().map(RosterPupil::upn).flatMap(Optional::stream).toList();
        Map<String, RosterRow<RosterPupil>> byUpn = upns.isEmpty() ? Map.of() : tx.roster().pupilsByUpn(upns);
        Instant now = clock.instant();
        ChangePlan plan = ChangePlan.of(sourceId, now, data, read, stored, byUpn);
        issues.addAll(plan.warnings);
        stage.accept("Saving changes");
        tx.roster().apply(plan.changes);
        SyncReport report = new SyncReport(runId, sourceId, actor.displayName(), startedAt, Optional.of(now),
                SyncStatus.APPLIED, plan.counts, issues);
        tx.roster().finishRun(report, MAX_ISSUES);
        tx.audit().append(List.of(audit(actor, report)));
        return report;
    }

    /**
     * The source's data is byte for byte what the last applied run read, and no sync has run since:
     * the stored rows already are what a read would give, so the run applies nothing.
     */
    private SyncReport unchanged(long runId, Instant startedAt, String sourceId, Actor actor, String fingerprint) {
        SyncReport report = new SyncReport(runId, sourceId, actor.displayName(), startedAt,
                Optional.of(clock.instant()), SyncStatus.APPLIED, Map.of(), List.of(SyncIssue.warning(Origin.NONE,
                        "", "", "The data is exactly what the last sync applied, so nothing needed changing.")));
        store.write(tx -> {
            tx.roster().finishRun(report, MAX_ISSUES);
            tx.roster().recordFingerprint(runId, fingerprint);
            tx.audit().append(List.of(audit(actor, report)));
            return null;
        });
        return report;
    }

    /** The source's digest of the data; a source failing here is simply read. */
    private static Optional<String> fingerprint(RosterSource source, RosterRequest request) {
        try {
            return source.fingerprint(request);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private SyncReport finishWithout(long runId, Instant startedAt, String sourceId, Actor actor, SyncStatus status,
            List<SyncIssue> issues) {
        SyncReport report = new SyncReport(runId, sourceId, actor.displayName(), startedAt,
                Optional.of(clock.instant()), status, Map.of(), issues);
        store.write(tx -> {
            tx.roster().finishRun(report, MAX_ISSUES);
            tx.audit().append(List.of(audit(actor, report)));
            return null;
        });
        return report;
    }

    /** "run 12 of source trust-csv: Applied; schools +0 ~0 -0, pupils +3 ~1 -2, … ; 0 errors, 2 warnings". */
    static AuditEntry auditEntry(Actor actor, SyncReport report, Instant at) {
        String counts = java.util.Arrays.stream(RosterEntity.values()).map(e -> {
            EntityCounts c = report.of(e);
            return e.plural() + " +" + c.added() + " ~" + c.changed() + " -" + c.archived();
        }).collect(Collectors.joining(", "));
        long errors = report.errors().size();
        String detail = "run " + report.runId() + " of source " + report.sourceId() + ": " + report.status().label()
                + "; " + counts + "; " + errors + " errors, " + (report.issues().size() - errors) + " warnings";
        return new AuditEntry(0, at, actor.userId(), actor.displayName(), AUDIT_ACTION, "", detail,
                AuditOutcome.ALLOWED);
    }

    private AuditEntry audit(Actor actor, SyncReport report) {
        return auditEntry(actor, report, clock.instant());
    }

    private static List<SyncIssue> with(List<SyncIssue> issues, SyncIssue more) {
        List<SyncIssue> all = new ArrayList<>(issues);
        all.add(more);
        return all;
    }

    /** The dataset has errors: thrown inside the transaction so it rolls back with nothing written. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<SyncIssue> issues;

        Refused(List<SyncIssue> issues) {
            super("the dataset has errors", null, false, false);
            this.issues = issues;
        }
    }
}
