package org.thrivemis.roster.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.roster.RosterRequest;
import org.thrivemis.api.roster.RosterSource;
import org.thrivemis.api.roster.RosterSync;
import org.thrivemis.api.roster.SourceInfo;
import org.thrivemis.api.roster.SyncAlreadyRunningException;
import org.thrivemis.api.roster.SyncProgress;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.store.ThriveStore;

/**
 * The roster sync service: keeps the registered {@link RosterSource}s (a dynamic whiteboard),
 * lets one run per source at a time, runs syncs on the caller's thread or in the background, and
 * reports progress and past runs. The work of a run is {@link SyncEngine}'s.
 */
@Component(service = RosterSync.class)
public class RosterSyncImpl implements RosterSync {
    private static final System.Logger LOG = System.getLogger(RosterSyncImpl.class.getName());

    private final ThriveStore store;
    private final Clock clock;
    private final SyncEngine engine;
    private final SyncAccess access;
    private final Map<String, Registered> sources = new ConcurrentHashMap<>();
    private final Map<String, RunningSync> running = new ConcurrentHashMap<>();
    private final ExecutorService background;
    private final ScheduledExecutorService scheduler;
    /** The unit of {@value RosterSource#SCHEDULE_MINUTES}: minutes, shorter in tests. */
    private final TimeUnit scheduleUnit;

    /** Who scheduled runs are recorded and audited as. */
    static final Actor SCHEDULE = new Actor("schedule", "Scheduled sync", java.util.Set.of(
            org.thrivemis.api.ThriveRole.ADMIN));

    @Activate
    public RosterSyncImpl(@Reference ThriveStore store) {
        this(new SyncEngine(store, Clock.systemUTC()), store, Clock.systemUTC(), TimeUnit.MINUTES);
    }

    RosterSyncImpl(SyncEngine engine, ThriveStore store, Clock clock) {
        this(engine, store, clock, TimeUnit.MINUTES);
    }

    RosterSyncImpl(SyncEngine engine, ThriveStore store, Clock clock, TimeUnit scheduleUnit) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.access = new SyncAccess(store, clock);
        AtomicInteger n = new AtomicInteger();
        this.background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "thrive-roster-sync-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.scheduleUnit = scheduleUnit;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "thrive-roster-schedule");
            t.setDaemon(true);
            return t;
        });
        // runs a dead process left RUNNING would show "running" for ever: close them now, and keep
        // this node's own runs visibly alive for the other nodes on the same database
        interruptAbandoned();
        scheduler.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** How often this node renews the heartbeat of its running syncs and looks for abandoned ones. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /**
     * A RUNNING run not heard from for this long is abandoned. Several heartbeats, so a node busy in
     * a long garbage collection or a slow database write is not mistaken for a dead one.
     */
    static final Duration STALE = Duration.ofMinutes(2);

    /** This process: host name and a random part, so two nodes (or a restart) never share an id. */
    private final String nodeId = nodeName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    String nodeId() {
        return nodeId;
    }

    /** Marks runs whose heartbeat is stale INTERRUPTED (on any node: the one that ran them is gone). */
    List<Long> interruptAbandoned() {
        Instant now = clock.instant();
        try {
            List<Long> ids = store.write(tx -> tx.roster().interruptStale(now.minus(STALE), now));
            if (!ids.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "Roster sync runs {0} were left running by a process that"
                        + " stopped; marked interrupted (nothing was changed by them)", ids);
            }
            return ids;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not look for abandoned roster sync runs", e);
            return List.of();
        }
    }

    private void heartbeat() {
        if (!running.isEmpty()) {
            try {
                store.write(tx -> tx.roster().heartbeat(nodeId, clock.instant()));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not renew the heartbeat of this node's roster syncs", e);
            }
        }
        interruptAbandoned();
    }

    private static String nodeName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "node";
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(RosterSource source, Map<String, Object> properties) {
        Registered r = Registered.of(source, properties);
        if (r.id.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "A roster source without " + RosterSource.ID + " is ignored: {0}",
                    source);
            return;
        }
        long every = r.scheduleMinutes;
        if (every > 0) {
            String id = r.id;
            // the scheduler only starts runs; each runs on the background pool like a button press
            r.schedule = Optional.of(scheduler.scheduleWithFixedDelay(() -> scheduled(id), every, every,
                    scheduleUnit));
        }
        Registered previous = sources.put(r.id, r);
        if (previous != null) {
            previous.schedule.ifPresent(f -> f.cancel(false));
        }
        if (previous != null && previous.source != source) {
            LOG.log(System.Logger.Level.WARNING, "Two roster sources have the id {0}; the later one is used", r.id);
        }
    }

    void removeSource(RosterSource source, Map<String, Object> properties) {
        sources.values().removeIf(r -> {
            if (r.source == source) {
                r.schedule.ifPresent(f -> f.cancel(false));
                return true;
            }
            return false;
        });
    }

    private void scheduled(String sourceId) {
        try {
            start(SCHEDULE, sourceId, Optional.empty());
        } catch (SyncAlreadyRunningException e) {
            LOG.log(System.Logger.Level.INFO, "Scheduled sync of {0} skipped: a run is in progress", sourceId);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Scheduled sync of " + sourceId + " could not start", e);
        }
    }

    @Deactivate
    void deactivate() {
        // a run cut off here rolls back in the store: the roster stays as it was
        scheduler.shutdownNow();
        background.shutdownNow();
    }

    @Override
    public List<SourceInfo> sources(Actor actor) {
        access.require(actor, "see roster sources");
        return sources.values().stream()
                .map(r -> new SourceInfo(r.id, r.label, r.kind, progress(r.id)))
                .sorted(Comparator.comparing(SourceInfo::label).thenComparing(SourceInfo::id))
                .toList();
    }

    @Override
    public long start(Actor actor, String sourceId, Optional<Path> upload) {
        Registered source = registered(actor, sourceId);
        RunningSync run = begin(actor, sourceId);
        try {
            background.execute(() -> {
                try {
                    finish(run, source, actor, upload);
                } finally {
                    upload.ifPresent(RosterSyncImpl::deleteUpload);
                }
            });
        } catch (RuntimeException e) {
            running.remove(sourceId, run);
            throw e;
        }
        return run.runId;
    }

    @Override
    public SyncReport run(Actor actor, String sourceId, Optional<Path> upload) {
        Registered source = registered(actor, sourceId);
        RunningSync run = begin(actor, sourceId);
        return finish(run, source, actor, upload);
    }

    @Override
    public Optional<SyncProgress> progress(String sourceId) {
        RunningSync run = running.get(sourceId);
        return run == null || run.runId < 0 ? Optional.empty() : Optional.of(run.progress());
    }

    @Override
    public List<SyncReport> recentRuns(Actor actor, int limit) {
        access.require(actor, "see roster sync reports");
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1-1000, not " + limit);
        }
        return store.read(tx -> tx.roster().runs(limit));
    }

    @Override
    public Optional<SyncReport> report(Actor actor, long runId) {
        access.require(actor, "see roster sync reports");
        return store.read(tx -> tx.roster().run(runId));
    }

    /** Checks access and finds the source, or refuses. */
    private Registered registered(Actor actor, String sourceId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(sourceId, "sourceId");
        access.require(actor, "run roster syncs");
        Registered source = sources.get(sourceId);
        if (source == null) {
            throw new NotFoundException("No roster source has the id '" + sourceId
                    + "'. Choose one of the configured sources: " + String.join(", ", sources.keySet()));
        }
        return source;
    }

    /**
     * Takes the source's lock and records the start of a run, or refuses a second run: first on this
     * node (the map, which also carries progress), then in the shared database, where the store
     * locks the source so a run on another node sharing it refuses this one the same way.
     */
    private RunningSync begin(Actor actor, String sourceId) {
        Instant now = clock.instant();
        RunningSync mine = new RunningSync(sourceId, now);
        RunningSync existing = running.putIfAbsent(sourceId, mine);
        if (existing != null) {
            throw new SyncAlreadyRunningException(sourceId, existing.runId);
        }
        try {
            mine.runId = engine.startAlone(sourceId, actor, now, nodeId, now.minus(STALE));
        } catch (RuntimeException e) {
            running.remove(sourceId, mine);
            throw e;
        }
        return mine;
    }

    private SyncReport finish(RunningSync run, Registered source, Actor actor, Optional<Path> upload) {
        try {
            // sources that can read deltas (a REST provider) ask for changes since the last applied run
            Optional<Instant> since = upload.isPresent() ? Optional.empty()
                    : store.read(tx -> tx.roster().lastApplied(run.sourceId));
            return engine.run(run.runId, run.startedAt, run.sourceId, source.source,
                    new RosterRequest(since, upload), actor, run.data, stage -> run.stage = stage);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Roster sync run " + run.runId + " of " + run.sourceId + " failed", e);
            throw e;
        } finally {
            running.remove(run.sourceId, run);
        }
    }

    /** The uploaded file was handed over for this one run: remove it once read. */
    private static void deleteUpload(Path upload) {
        try {
            java.nio.file.Files.deleteIfExists(upload);
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete the uploaded roster file " + upload, e);
        }
    }

    /** A registered source, its service properties and its schedule. */
    private static final class Registered {
        final String id;
        final String label;
        final String kind;
        final long scheduleMinutes;
        final RosterSource source;
        volatile Optional<ScheduledFuture<?>> schedule = Optional.empty();

        private Registered(String id, String label, String kind, long scheduleMinutes, RosterSource source) {
            this.id = id;
            this.label = label;
            this.kind = kind;
            this.scheduleMinutes = scheduleMinutes;
            this.source = source;
        }

        static Registered of(RosterSource source, Map<String, Object> p) {
            String id = String.valueOf(p.getOrDefault(RosterSource.ID, "")).strip();
            long every;
            try {
                every = Long.parseLong(String.valueOf(p.getOrDefault(RosterSource.SCHEDULE_MINUTES, "0")).strip());
            } catch (NumberFormatException e) {
                LOG.log(System.Logger.Level.WARNING, "Roster source {0}: {1} must be a whole number of minutes;"
                        + " not scheduled", id, RosterSource.SCHEDULE_MINUTES);
                every = 0;
            }
            return new Registered(id, String.valueOf(p.getOrDefault(RosterSource.LABEL, id)),
                    String.valueOf(p.getOrDefault(RosterSource.KIND, "")), every, source);
        }
    }
}
