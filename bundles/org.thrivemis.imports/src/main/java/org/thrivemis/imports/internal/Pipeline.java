package org.thrivemis.imports.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ImportOrigin;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.imports.ImportCounts;
import org.thrivemis.api.imports.ImportRun;
import org.thrivemis.api.imports.ImportStatus;
import org.thrivemis.api.imports.ImportWriter;
import org.thrivemis.api.imports.RowIssue;
import org.thrivemis.api.store.StoreTx;
import org.thrivemis.api.store.StoreWork;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolDirectory;

/**
 * The one pipeline every format goes through: parse (the format streams records), validate, match
 * pupils, check consent, compare with what earlier imports stored, then either report what would
 * happen (preview, in a read transaction) or apply it (commit: every row, its audit entries and the
 * run's record and report in ONE write transaction, so a failure anywhere changes nothing). Records
 * are handled in chunks of {@value Chunk#SIZE}, so a large file is never held whole.
 */
final class Pipeline {
    private final ThriveStore store;
    private final PupilDirectory pupils;
    private final ContentPackService content;
    private final ImportAccess access;
    private final ImportWriter writer;
    private final Clock clock;
    private final Supplier<Optional<SchoolDirectory>> schools;

    /** What a step found: its counts, the first issues, and the report (gzip-compressed CSV). */
    record Outcome(ImportCounts counts, List<RowIssue> issues, byte[] report) {
    }

    Pipeline(ThriveStore store, PupilDirectory pupils, ContentPackService content, ImportAccess access,
            ImportWriter writer, Clock clock) {
        this(store, pupils, content, access, writer, clock, Optional::empty);
    }

    /** @param schools the host's schools of a trust, when it serves several (asked at each step) */
    Pipeline(ThriveStore store, PupilDirectory pupils, ContentPackService content, ImportAccess access,
            ImportWriter writer, Clock clock, Supplier<Optional<SchoolDirectory>> schools) {
        this.schools = Objects.requireNonNull(schools, "schools");
        this.store = Objects.requireNonNull(store, "store");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.content = Objects.requireNonNull(content, "content");
        this.access = Objects.requireNonNull(access, "access");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The dry run: reads and decides everything, writes nothing. */
    Outcome preview(RunState run) {
        return store.read(tx -> step(tx, run, false));
    }

    /**
     * Applies the file. {@code finished} makes the run's final record from the outcome (without
     * publishing it: the caller does once the transaction has committed); it is stored with the
     * report in the same transaction.
     *
     * @throws ImportFailure when the file now has problems, or its format went away; nothing changed
     */
    Outcome commit(RunState run, Function<Outcome, ImportRun> finished) {
        StoreWork<Outcome> work = tx -> {
            Outcome outcome = step(tx, run, true);
            if (outcome.counts().problems() > 0) {
                throw new ImportFailure("The file now has " + outcome.counts().problems() + " problems it did not"
                        + " have in the preview (was it replaced, or the content pack changed?). Nothing was"
                        + " imported: import the file again to see them.");
            }
            tx.imports().updateRun(finished.apply(outcome), Optional.of(outcome.report()));
            tx.audit().append(List.of(access.allowed(run.actor, ImportAccess.ACTION_COMMIT, "", "import run "
                    + run.id() + " (" + run.snapshot().fileName() + "): " + outcome.counts().added() + " added, "
                    + outcome.counts().changed() + " changed, " + outcome.counts().unchanged() + " unchanged")));
            return outcome;
        };
        return store.write(work);
    }

    private Outcome step(StoreTx tx, RunState run, boolean commit) {
        ContentPack pack = content.current();
        FieldNames fields = new FieldNames();
        ImportOrigin origin = new ImportOrigin(run.format.id, run.format.label, run.id(), LocalDate.now(clock),
                java.util.Map.of());
        Chunk chunk = new Chunk(tx, run, new PupilMatcher(pupilsOf(run.actor)), new RecordChecks(LocalDate.now(clock), pack,
                fields), commit, writer, origin, fields);
        Path reportFile = null;
        try {
            reportFile = Files.createTempFile("thrive-import-report-", ".csv.gz");
            try (OutputStream out = Files.newOutputStream(reportFile);
                    ReportWriter report = new ReportWriter(out, !commit).inBackground("thrive-import-report-"
                            + run.id())) {
                chunk.report = report;
                chunk.run(() -> read(run, chunk));
                chunk.finish();
            }
            return new Outcome(chunk.counts(), chunk.issues, Files.readAllBytes(reportFile));
        } catch (IOException e) {
            throw new ImportFailure("Could not read " + run.snapshot().fileName() + ": " + e.getMessage()
                    + ". Nothing was imported; upload the file again.", e);
        } finally {
            if (reportFile != null) {
                try {
                    Files.deleteIfExists(reportFile);
                } catch (IOException e) {
                    // a temporary file left behind is harmless; the step's own outcome matters more
                }
            }
        }
    }

    /**
     * The pupils the actor's rows may match: in a trust, only those of the actor's schools. A row
     * for another school's pupil is then skipped as matching nobody, so the report neither writes
     * to that pupil nor tells the user that the pupil exists elsewhere in the trust.
     */
    private List<Pupil> pupilsOf(Actor actor) {
        List<Pupil> all = pupils.all();
        if (actor.schools().everySchool()) {
            return all;
        }
        Optional<SchoolDirectory> directory = schools.get();
        if (directory.isEmpty()) {
            return List.of();
        }
        Map<String, String> schoolOf = directory.get().schoolsOfPupils(all.stream().map(Pupil::id).toList());
        return all.stream().filter(p -> actor.schools().includes(schoolOf.getOrDefault(p.id(), ""))).toList();
    }

    private static void read(RunState run, Chunk chunk) throws IOException {
        FormatRegistry.Entry format = run.format;
        try (InputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(run.file), 64 * 1024),
                run.bytesRead)) {
            format.format.read(in, chunk);
        } catch (FormatGone e) {
            throw gone(format);
        } catch (ImportFailure | UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            if (format.gone) {
                throw gone(format);
            }
            throw new ImportFailure("The import format '" + format.label + "' failed while reading the file ("
                    + e + "). Nothing was imported. Tell whoever installed that format.", e);
        }
        if (format.gone) {
            throw gone(format);
        }
    }

    private static ImportFailure gone(FormatRegistry.Entry format) {
        return new ImportFailure("The import format '" + format.label + "' was removed while the file was being"
                + " read (its bundle stopped). Nothing was imported. Install the format again, then import the file"
                + " again.");
    }

    /** Thrown into a format's reading loop when its service has gone, to stop it at once. */
    static final class FormatGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FormatGone() {
            super("import format removed", null, false, false);
        }
    }

    /** Rows handled so far are reported; any issue beyond the first ones is only in the report. */
    static void keep(List<RowIssue> issues, RowIssue issue) {
        if (issues.size() < ImportRun.ISSUES_SHOWN) {
            issues.add(issue);
        }
    }

    static ImportStatus previewStatus(ImportCounts counts) {
        return counts.problems() > 0 ? ImportStatus.REFUSED : ImportStatus.READY;
    }
}
