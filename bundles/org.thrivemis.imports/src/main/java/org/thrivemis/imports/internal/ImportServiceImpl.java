package org.thrivemis.imports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.imports.FormatInfo;
import org.thrivemis.api.imports.ImportCounts;
import org.thrivemis.api.imports.ImportRun;
import org.thrivemis.api.imports.ImportService;
import org.thrivemis.api.imports.ImportStatus;
import org.thrivemis.api.imports.ImportWriter;
import org.thrivemis.api.imports.ThriveOnlineImportFormat;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolDirectory;

/**
 * The import service: keeps the installed formats (a dynamic whiteboard), picks the format for a
 * file (chosen, or detected from its name and first bytes), and runs previews and commits one at a
 * time in the background through the {@link Pipeline}. Runs are recorded in the store with their
 * reports; the file of a run is held until it is committed or refused.
 */
@Component(service = ImportService.class)
public class ImportServiceImpl implements ImportService {
    private static final System.Logger LOG = System.getLogger(ImportServiceImpl.class.getName());

    private final ThriveStore store;
    private final Clock clock;
    private final ImportAccess access;
    private final Pipeline pipeline;
    private final FormatRegistry formats = new FormatRegistry();
    private final Map<Long, RunState> live = new ConcurrentHashMap<>();
    /**
     * The last runs that ended here, with their first issues: the store keeps counts and the report,
     * not the issues, and the page shows them after a preview.
     */
    private final Map<Long, ImportRun> ended = Collections.synchronizedMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, ImportRun> eldest) {
            return size() > ENDED_KEPT;
        }
    });
    private static final int ENDED_KEPT = 50;
    /** One step at a time: imports are rare, large and write much; queued runs show as waiting to read. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "thrive-import");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public ImportServiceImpl(@Reference ThriveStore store, @Reference PupilDirectory pupils,
            @Reference ContentPackService content, @Reference ImportWriter writer) {
        this(store, pupils, content, writer, Clock.systemUTC());
    }

    ImportServiceImpl(ThriveStore store, PupilDirectory pupils, ContentPackService content, ImportWriter writer,
            Clock clock) {
        this.store = store;
        this.clock = clock;
        this.access = new ImportAccess(store, clock);
        this.pipeline = new Pipeline(store, pupils, content, access, writer, clock, () -> Optional.ofNullable(schools));
    }

    /** The host's schools of a trust, when it serves several: an import matches only the actor's schools' pupils. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SchoolDirectory schools;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFormat(ThriveOnlineImportFormat format, Map<String, Object> properties) {
        formats.add(format, properties);
    }

    void removeFormat(ThriveOnlineImportFormat format) {
        formats.remove(format);
    }

    @Deactivate
    void close() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
        live.values().forEach(r -> delete(r.file));
    }

    @Override
    public List<FormatInfo> formats() {
        return formats.all().stream().map(FormatRegistry.Entry::info).toList();
    }

    @Override
    public ImportRun start(Actor actor, Path file, String fileName, Optional<String> formatId) {
        try {
            access.require(actor, "import Thrive-Online exports");
            FormatRegistry.Entry format = chooseFormat(file, fileName, formatId);
            long size = Files.size(file);
            ImportRun first = new ImportRun(0, fileName, format.id, format.label, actor.displayName(), clock.instant(),
                    Optional.empty(), ImportStatus.PREVIEWING, 0, size, ImportCounts.NONE, List.of(), Optional.empty());
            long id = store.write(tx -> {
                long runId = tx.imports().insertRun(first);
                tx.imports().recordRunSchools(runId, schoolKeysOf(actor));
                tx.audit().append(List.of(access.allowed(actor, ImportAccess.ACTION_RUN, "", "import run " + runId
                        + " (" + fileName + ", " + format.label + "): preview started")));
                return runId;
            });
            ImportRun withId = new ImportRun(id, fileName, format.id, format.label, actor.displayName(),
                    first.startedAt(), Optional.empty(), ImportStatus.PREVIEWING, 0, size, ImportCounts.NONE,
                    List.of(), Optional.empty());
            RunState run = new RunState(actor, file, format, withId);
            live.put(id, run);
            background.execute(() -> preview(run));
            return run.snapshot();
        } catch (IOException e) {
            delete(file);
            throw new ValidationException(List.of(new Problem("file", fileName, "The uploaded file could not be read ("
                    + e.getMessage() + "): upload it again")));
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    @Override
    public ImportRun run(Actor actor, long runId) {
        access.require(actor, "see imports");
        requireVisible(actor, runId);
        RunState run = live.get(runId);
        if (run != null) {
            return run.snapshot();
        }
        ImportRun recent = ended.get(runId);
        if (recent != null) {
            return recent;
        }
        return store.read(tx -> tx.imports().run(runId)).orElseThrow(() -> new NotFoundException("There is no"
                + " import run " + runId + ": open the import page and choose a run from the list"));
    }

    @Override
    public List<ImportRun> recent(Actor actor, int limit) {
        access.require(actor, "see imports");
        Map<Long, ImportRun> runs = new LinkedHashMap<>();
        Map<Long, String> schools = new HashMap<>();
        store.read(tx -> {
            List<ImportRun> stored = tx.imports().runs(limit);
            if (!actor.schools().everySchool()) {
                schools.putAll(tx.imports().runSchools(stored.stream().map(ImportRun::id).toList()));
            }
            return stored;
        }).forEach(r -> runs.put(r.id(), r));
        synchronized (ended) {
            ended.values().forEach(r -> runs.computeIfPresent(r.id(), (id, stored) -> r));
        }
        live.values().forEach(r -> runs.put(r.id(), r.snapshot()));
        List<ImportRun> sorted = new ArrayList<>(runs.values().stream()
                .filter(r -> visible(actor, Optional.ofNullable(schools.get(r.id())))).toList());
        sorted.sort(Comparator.comparingLong(ImportRun::id).reversed());
        return sorted.subList(0, Math.min(limit, sorted.size()));
    }

    @Override
    public ImportRun commit(Actor actor, long runId) {
        access.require(actor, "import Thrive-Online exports");
        requireVisible(actor, runId);
        RunState run = live.get(runId);
        if (run == null) {
            ImportRun stored = run(actor, runId);
            throw notReady(stored, stored.status() == ImportStatus.READY
                    ? " but its file is no longer held (the service restarted): upload the file again" : "");
        }
        synchronized (run) {
            ImportStatus status = run.snapshot().status();
            if (status != ImportStatus.READY) {
                throw notReady(run.snapshot(), "");
            }
            run.begin(ImportStatus.COMMITTING);
        }
        background.execute(() -> commit(run));
        return run.snapshot();
    }

    @Override
    public void report(Actor actor, long runId, OutputStream out) throws IOException {
        access.require(actor, "see imports");
        requireVisible(actor, runId);
        byte[] gz = store.write(tx -> {
            Optional<byte[]> found = tx.imports().report(runId);
            found.ifPresent(r -> tx.audit().append(List.of(access.allowed(actor, ImportAccess.ACTION_REPORT, "",
                    "import run " + runId + ": report downloaded"))));
            return found;
        }).orElseThrow(() -> new NotFoundException("Import run " + runId + " has no report yet: wait until its"
                + " preview has finished"));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            in.transferTo(out);
        }
    }

    /** The schools a run started by this actor may touch, as recorded with the run. */
    static String schoolKeysOf(Actor actor) {
        return actor.schools().everySchool() ? "*" : String.join(",", new TreeSet<>(actor.schools().keys()));
    }

    /**
     * Whether the actor may see a run that may touch these schools: trust-wide staff see every run;
     * staff of some schools only runs limited to their schools (a run's file and report name pupils).
     * A run recorded before trusts, or by trust-wide staff, is for trust-wide staff only.
     */
    static boolean visible(Actor actor, Optional<String> runSchools) {
        if (actor.schools().everySchool()) {
            return true;
        }
        if (runSchools.isEmpty() || runSchools.get().isBlank() || "*".equals(runSchools.get())) {
            return false;
        }
        return Arrays.stream(runSchools.get().split(",")).allMatch(actor.schools()::includes);
    }

    /** A run of schools the actor does not cover answers as a run that does not exist: it names pupils. */
    private void requireVisible(Actor actor, long runId) {
        if (actor.schools().everySchool()) {
            return;
        }
        Optional<String> schools = Optional.ofNullable(
                store.read(tx -> tx.imports().runSchools(List.of(runId))).get(runId));
        if (!visible(actor, schools)) {
            throw new NotFoundException("There is no import run " + runId + " for your school: open the import page"
                    + " and choose a run from the list");
        }
    }

    private static ValidationException notReady(ImportRun run, String why) {
        String todo = switch (run.status()) {
            case REFUSED -> ": correct the problems in the file and import it again";
            case COMMITTED -> ": it has been imported already";
            case FAILED -> ": import the file again";
            case PREVIEWING, COMMITTING -> ": wait until it has finished";
            case READY -> why;
        };
        return new ValidationException(List.of(new Problem("run", String.valueOf(run.id()), "Import run " + run.id()
                + " (" + run.fileName() + ") is " + run.status().label().toLowerCase() + todo + ".")));
    }

    private FormatRegistry.Entry chooseFormat(Path file, String fileName, Optional<String> formatId)
            throws IOException {
        List<FormatRegistry.Entry> installed = formats.all();
        String known = installed.isEmpty() ? "none is installed" : "installed: " + String.join(", ",
                installed.stream().map(e -> e.label).toList());
        if (formatId.isPresent() && !formatId.get().isBlank()) {
            return formats.byId(formatId.get()).orElseThrow(() -> new ValidationException(List.of(new Problem(
                    "format", formatId.get(), "The format '" + formatId.get() + "' is not installed (" + known
                            + "): choose another"))));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(ThriveOnlineImportFormat.DETECT_BYTES);
        }
        List<FormatRegistry.Entry> fitting = formats.recognising(fileName, head);
        if (fitting.size() == 1) {
            return fitting.get(0);
        }
        if (fitting.isEmpty()) {
            throw new ValidationException(List.of(new Problem("format", fileName, "No installed format recognises "
                    + fileName + " (" + known + "): check it is a Thrive-Online export, or choose its format")));
        }
        throw new ValidationException(List.of(new Problem("format", fileName, "More than one format recognises "
                + fileName + " (" + String.join(", ", fitting.stream().map(e -> e.label).toList())
                + "): choose which it is")));
    }

    private void preview(RunState run) {
        try {
            Pipeline.Outcome outcome = pipeline.preview(run);
            ImportStatus status = Pipeline.previewStatus(outcome.counts());
            Instant at = clock.instant();
            ImportRun now = run.snapshot();
            ImportRun done = now.with(status, now.bytesTotal(), outcome.counts(), outcome.issues(), Optional.of(at),
                    Optional.empty());
            store.write(tx -> {
                tx.imports().updateRun(done, Optional.of(outcome.report()));
                return null;
            });
            // published once stored, so whoever sees the preview can download its report
            run.end(status, outcome.counts(), outcome.issues(), at, Optional.empty());
            if (status != ImportStatus.READY) {
                finish(run);
            }
        } catch (RuntimeException e) {
            fail(run, e);
        }
    }

    private void commit(RunState run) {
        try {
            Instant[] at = new Instant[1];
            Pipeline.Outcome outcome = pipeline.commit(run, o -> {
                at[0] = clock.instant();
                ImportRun now = run.snapshot();
                return now.with(ImportStatus.COMMITTED, now.bytesTotal(), o.counts(), o.issues(), Optional.of(at[0]),
                        Optional.empty());
            });
            // published only now: until the transaction has committed the run is still importing
            run.end(ImportStatus.COMMITTED, outcome.counts(), outcome.issues(), at[0], Optional.empty());
            finish(run);
        } catch (RuntimeException e) {
            fail(run, e);
        }
    }

    private void fail(RunState run, RuntimeException e) {
        String message = e instanceof ImportFailure ? e.getMessage()
                : "The import stopped with an error (" + e + "). Nothing was imported. Try again; if it happens again,"
                        + " tell whoever looks after the MIS.";
        if (!(e instanceof ImportFailure)) {
            LOG.log(System.Logger.Level.ERROR, "Import run " + run.id() + " failed", e);
        }
        ImportRun failed = run.end(ImportStatus.FAILED, run.snapshot().counts(), List.of(), clock.instant(),
                Optional.of(message));
        try {
            store.write(tx -> {
                tx.imports().updateRun(failed, Optional.empty());
                return null;
            });
        } catch (RuntimeException storeFailure) {
            LOG.log(System.Logger.Level.ERROR, "Could not record that import run " + run.id() + " failed",
                    storeFailure);
        }
        finish(run);
    }

    /** The run has ended for good: its file goes, its record stays in the store. */
    private void finish(RunState run) {
        delete(run.file);
        ended.put(run.id(), run.snapshot());
        live.remove(run.id());
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete the uploaded file " + file, e);
        }
    }
}
