package org.thrivemis.imports.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.thrivemis.api.ImportOrigin;
import org.thrivemis.api.imports.ImportCounts;
import org.thrivemis.api.imports.ImportDecision;
import org.thrivemis.api.imports.ImportField;
import org.thrivemis.api.imports.ImportRecord;
import org.thrivemis.api.imports.ImportSink;
import org.thrivemis.api.imports.ImportWriter;
import org.thrivemis.api.imports.ImportedPlan;
import org.thrivemis.api.imports.ImportedProfile;
import org.thrivemis.api.imports.MatchedRecord;
import org.thrivemis.api.imports.PupilIdentity;
import org.thrivemis.api.imports.RowIssue;
import org.thrivemis.api.imports.RowOutcome;
import org.thrivemis.api.store.ImportedPlanKey;
import org.thrivemis.api.store.ImportedProfileKey;
import org.thrivemis.api.store.StoreTx;
import org.thrivemis.mis.api.Pupil;

/**
 * The sink a format streams into during one step, and the work done per chunk of records: checks,
 * pupil matching and duplicate rows here; consent, comparison with what earlier imports wrote and,
 * when committing, the native records and their audit by the domain's {@link ImportWriter}.
 *
 * <p>Two threads share the work ({@link #run}): the format reads on a reader thread, which also checks
 * and matches each chunk; the step's own thread, the only one that uses the transaction, takes the
 * prepared chunks in file order and decides, writes, counts and reports them. So parsing the next
 * chunk overlaps writing the last one, and the step is still one transaction that commits or rolls
 * back as a whole. At most {@value #AHEAD} chunks wait between them.
 */
final class Chunk implements ImportSink {
    static final int SIZE = 2000;
    static final int AHEAD = 2;
    /** The reader's last item: the file has been read to its end. */
    private static final Object END = new Object();
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final StoreTx tx;
    private final RunState run;
    private final PupilMatcher matcher;
    private final RecordChecks checks;
    private final boolean commit;
    private final ImportWriter writer;
    private final ImportOrigin origin;
    private final FieldNames fields;
    private List<ImportRecord> buffer = new ArrayList<>(SIZE);
    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(AHEAD);
    /** Set by the step's thread when it stops taking chunks (it failed): the reader stops at its next record. */
    private volatile boolean stopped;
    /** Every profile and plan key seen in the file, with its line: a second one is a duplicated row. */
    private final Map<Object, Long> seen = new HashMap<>();
    final List<RowIssue> issues = new ArrayList<>();
    ReportWriter report;
    private long rows;
    private long added;
    private long changed;
    private long unchanged;
    private long skipped;
    private long problems;

    Chunk(StoreTx tx, RunState run, PupilMatcher matcher, RecordChecks checks, boolean commit, ImportWriter writer,
            ImportOrigin origin, FieldNames fields) {
        this.tx = tx;
        this.run = run;
        this.matcher = matcher;
        this.checks = checks;
        this.commit = commit;
        this.writer = writer;
        this.origin = origin;
        this.fields = fields;
    }

    /** A chunk checked and matched on the reader thread, in file order, ready for the step's thread. */
    private static final class Prepared {
        final int records;
        /** The rows refused or skipped before the domain saw them, in file order: they are reported first. */
        final List<Runnable> early = new ArrayList<>();
        final List<MatchedRecord> matched;
        /** Per matched record, its report line but the outcome and message. */
        final List<String[]> lines;
        /** The domain's work on the matched records that needs no transaction, done on the reader thread. */
        ImportWriter.Prepared work;

        Prepared(int records) {
            this.records = records;
            this.matched = new ArrayList<>(records);
            this.lines = new ArrayList<>(records);
        }
    }

    /** A problem the format reported, in its place among the chunks. */
    private record Problem(RowIssue issue) {
    }

    /** What stopped the reader thread, handed to the step's thread to throw. */
    private record Failed(Throwable cause) {
    }

    /** Thrown into the format's reading loop when the step's thread has stopped taking chunks. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("import step stopped", null, false, false);
        }
    }

    /**
     * Runs {@code reading} (the format reading the file into this sink) on a reader thread and handles
     * what it produces here, in file order, until the end of the file; a failure on either side stops both
     * and is thrown here, so the step's transaction rolls back.
     */
    void run(Reading reading) throws IOException {
        Thread reader = new Thread(() -> {
            Object last = END;
            try {
                reading.read();
                flush();
            } catch (Stopped e) {
                // the step's thread failed and has its own exception to throw
            } catch (Throwable e) {
                last = new Failed(e);
            }
            try {
                ready.put(last);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "thrive-import-read-" + run.id());
        reader.setDaemon(true);
        reader.start();
        boolean done = false;
        try {
            while (true) {
                Object item = ready.take();
                if (item == END) {
                    done = true;
                    return;
                }
                if (item instanceof Failed failed) {
                    done = true;
                    throw rethrown(failed.cause());
                }
                if (item instanceof Problem problem) {
                    apply(problem.issue());
                } else {
                    apply((Prepared) item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportFailure("The import was interrupted (the service is stopping). Nothing was imported.", e);
        } finally {
            if (!done) {
                stopped = true;
                // take what the reader still hands over, so it reaches its next record and stops there
                while (reader.isAlive()) {
                    ready.clear();
                    try {
                        reader.join(10);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
        }
    }

    private static RuntimeException rethrown(Throwable cause) throws IOException {
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    /** The format reading the file into this sink. */
    @FunctionalInterface
    interface Reading {
        void read() throws IOException;
    }

    private void handOver(Object item) {
        try {
            ready.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    private void checkGoing() {
        if (run.format.gone) {
            throw new Pipeline.FormatGone();
        }
        if (stopped) {
            throw new Stopped();
        }
    }

    @Override
    public void accept(ImportRecord record) {
        checkGoing();
        buffer.add(record);
        if (buffer.size() >= SIZE) {
            flush();
        }
    }

    @Override
    public void problem(long line, String field, String value, String message) {
        checkGoing();
        handOver(new Problem(RecordChecks.issue(line, field, value, message)));
    }

    /** A problem the format reported (or the empty file), on the step's thread. */
    private void apply(RowIssue issue) {
        problems++;
        Pipeline.keep(issues, issue);
        report.line(issue.line(), RowOutcome.INVALID, "", "", "", "", "", "", issue.field(), issue.value(),
                issue.message());
        publish();
    }

    @Override
    public void headers(Map<ImportField, String> asInFile) {
        fields.set(asInFile);
    }

    @Override
    public boolean cancelled() {
        return run.format.gone || stopped;
    }

    ImportCounts counts() {
        return new ImportCounts(rows, added, changed, unchanged, skipped, problems);
    }

    /** After the last record: an empty file is a problem too. */
    void finish() {
        if (rows == 0 && problems == 0) {
            apply(RecordChecks.issue(0, "", "", "The file has no rows to import: check it is the Thrive-Online export"));
        }
    }

    /** Checks and matches the buffered records (reader thread) and hands them over. */
    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        List<ImportRecord> records = buffer;
        buffer = new ArrayList<>(SIZE);
        Prepared prepared = new Prepared(records.size());
        for (ImportRecord r : records) {
            List<RowIssue> found = checks.check(r);
            if (!found.isEmpty()) {
                prepared.early.add(() -> invalid(r, found));
                continue;
            }
            PupilMatcher.Match match = matcher.match(r.pupil());
            if (match.pupil().isEmpty()) {
                prepared.early.add(() -> skip(r, match.outcome(), null, match.reason()));
                continue;
            }
            Pupil pupil = match.pupil().get();
            Object key = r instanceof ImportedProfile p ? new ImportedProfileKey(pupil.id(), p.kind(), p.assessedOn())
                    : new ImportedPlanKey(pupil.id(), ((ImportedPlan) r).startDate());
            Long first = seen.putIfAbsent(key, r.line());
            if (first != null) {
                RowIssue repeat = RecordChecks.issue(r.line(), fields.name(dateField(r)), date(r), "This row repeats"
                        + " line " + first + " (the same pupil, " + (r instanceof ImportedPlan ? "plan start date"
                                : "kind of profile and date") + "): keep one of them");
                prepared.early.add(() -> invalid(r, List.of(repeat)));
                continue;
            }
            prepared.matched.add(new MatchedRecord(r, pupil.id(), pupil.upn(), pupil.givenName(), pupil.familyName()));
            prepared.lines.add(cells(r, pupil, "", ""));
        }
        prepared.work = writer.prepare(origin, prepared.matched);
        handOver(prepared);
    }

    /** Decides, writes (committing), counts and reports a prepared chunk, on the step's thread. */
    private void apply(Prepared prepared) {
        rows += prepared.records;
        prepared.early.forEach(Runnable::run);
        List<MatchedRecord> matched = prepared.matched;
        // the domain decides consent, added / changed / unchanged / conflict, and (committing) writes
        List<ImportDecision> decisions = writer.apply(tx, run.actor, prepared.work, commit);
        for (int i = 0; i < matched.size(); i++) {
            ImportDecision d = decisions.get(i);
            switch (d.outcome()) {
                case ADDED -> added++;
                case CHANGED -> changed++;
                case UNCHANGED -> unchanged++;
                default -> {
                    skipped++;
                    Pipeline.keep(issues, new RowIssue(matched.get(i).record().line(), "", "", d.message(),
                            d.outcome()));
                    report.line(prepared.lines.get(i), d.outcome(), d.message());
                    continue;
                }
            }
            report.line(prepared.lines.get(i), d.outcome(), "");
        }
        publish();
    }

    private void invalid(ImportRecord r, List<RowIssue> found) {
        problems += found.size();
        for (RowIssue issue : found) {
            Pipeline.keep(issues, issue);
            line(r, RowOutcome.INVALID, null, issue.field(), issue.value(), issue.message());
        }
    }

    private void skip(ImportRecord r, RowOutcome outcome, Pupil pupil, String reason) {
        skipped++;
        Pipeline.keep(issues, new RowIssue(r.line(), "", "", reason, outcome));
        line(r, outcome, pupil, "", "", reason);
    }

    private void line(ImportRecord r, RowOutcome outcome, Pupil pupil, String field, String value, String message) {
        report.line(cells(r, pupil, field, value), outcome, message);
    }

    /** A record's report line but its outcome and message (on either thread: it reads only the record). */
    private String[] cells(ImportRecord r, Pupil pupil, String field, String value) {
        PupilIdentity who = r.pupil();
        String record = r instanceof ImportedProfile p ? p.kind().label() : "Action plan";
        return ReportWriter.cells(r.line(), record, dateText(r), pupil != null ? pupil.id() : who.hostId().orElse(""),
                who.upn().orElse(""), who.familyName(), who.givenName(), field, value);
    }

    private static String date(ImportRecord r) {
        LocalDate d = r instanceof ImportedProfile p ? p.assessedOn() : ((ImportedPlan) r).startDate();
        return UK.format(d);
    }

    /** Dates as the report shows them, for this step (both threads): a file has few distinct dates. */
    private final Map<LocalDate, String> dates = new java.util.concurrent.ConcurrentHashMap<>();

    private String dateText(ImportRecord r) {
        LocalDate d = r instanceof ImportedProfile p ? p.assessedOn() : ((ImportedPlan) r).startDate();
        return dates.computeIfAbsent(d, UK::format);
    }

    private static ImportField dateField(ImportRecord r) {
        return r instanceof ImportedProfile ? ImportField.PROFILE_DATE : ImportField.PLAN_START;
    }

    private void publish() {
        run.progress(new RunState.Progress(rows, added, changed, unchanged, skipped, problems));
    }
}
