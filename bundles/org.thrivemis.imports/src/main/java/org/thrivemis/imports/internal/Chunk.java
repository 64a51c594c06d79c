package org.thrivemis.imports.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 */
final class Chunk implements ImportSink {
    static final int SIZE = 2000;
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final StoreTx tx;
    private final RunState run;
    private final PupilMatcher matcher;
    private final RecordChecks checks;
    private final boolean commit;
    private final ImportWriter writer;
    private final ImportOrigin origin;
    private final FieldNames fields;
    private final List<ImportRecord> buffer = new ArrayList<>(SIZE);
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

    @Override
    public void accept(ImportRecord record) {
        if (run.format.gone) {
            throw new Pipeline.FormatGone();
        }
        buffer.add(record);
        rows++;
        if (buffer.size() >= SIZE) {
            flush();
        }
    }

    @Override
    public void problem(long line, String field, String value, String message) {
        if (run.format.gone) {
            throw new Pipeline.FormatGone();
        }
        RowIssue issue = RecordChecks.issue(line, field, value, message);
        problems++;
        Pipeline.keep(issues, issue);
        report.line(line, RowOutcome.INVALID, "", "", "", "", "", "", issue.field(), issue.value(), issue.message());
        publish();
    }

    @Override
    public void headers(Map<ImportField, String> asInFile) {
        fields.set(asInFile);
    }

    @Override
    public boolean cancelled() {
        return run.format.gone;
    }

    ImportCounts counts() {
        return new ImportCounts(rows, added, changed, unchanged, skipped, problems);
    }

    /** After the last record: an empty file is a problem too. */
    void finish() {
        if (rows == 0 && problems == 0) {
            problem(0, "", "", "The file has no rows to import: check it is the Thrive-Online export");
        }
    }

    /** Handles the buffered records. */
    void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        List<ImportRecord> records = new ArrayList<>(buffer);
        buffer.clear();
        List<MatchedRecord> matched = new ArrayList<>(records.size());
        List<Pupil> pupils = new ArrayList<>(records.size());
        for (ImportRecord r : records) {
            List<RowIssue> found = checks.check(r);
            if (!found.isEmpty()) {
                invalid(r, found);
                continue;
            }
            PupilMatcher.Match match = matcher.match(r.pupil());
            if (match.pupil().isEmpty()) {
                skip(r, match.outcome(), null, match.reason());
                continue;
            }
            Pupil pupil = match.pupil().get();
            Object key = r instanceof ImportedProfile p ? new ImportedProfileKey(pupil.id(), p.kind(), p.assessedOn())
                    : new ImportedPlanKey(pupil.id(), ((ImportedPlan) r).startDate());
            Long first = seen.putIfAbsent(key, r.line());
            if (first != null) {
                invalid(r, List.of(RecordChecks.issue(r.line(), fields.name(dateField(r)), date(r), "This row repeats"
                        + " line " + first + " (the same pupil, " + (r instanceof ImportedPlan ? "plan start date"
                                : "kind of profile and date") + "): keep one of them")));
                continue;
            }
            matched.add(new MatchedRecord(r, pupil.id(), pupil.upn(), pupil.givenName(), pupil.familyName()));
            pupils.add(pupil);
        }
        // the domain decides consent, added / changed / unchanged / conflict, and (committing) writes
        List<ImportDecision> decisions = writer.apply(tx, run.actor, origin, matched, commit);
        for (int i = 0; i < matched.size(); i++) {
            ImportDecision d = decisions.get(i);
            ImportRecord r = matched.get(i).record();
            Pupil pupil = pupils.get(i);
            switch (d.outcome()) {
                case ADDED -> added++;
                case CHANGED -> changed++;
                case UNCHANGED -> unchanged++;
                default -> {
                    skip(r, d.outcome(), pupil, d.message());
                    continue;
                }
            }
            line(r, d.outcome(), pupil, "", "", "");
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
        PupilIdentity who = r.pupil();
        String record = r instanceof ImportedProfile p ? p.kind().label() : "Action plan";
        report.line(r.line(), outcome, record, date(r), pupil != null ? pupil.id() : who.hostId().orElse(""),
                who.upn().orElse(""), who.familyName(), who.givenName(), field, value, message);
    }

    private static String date(ImportRecord r) {
        LocalDate d = r instanceof ImportedProfile p ? p.assessedOn() : ((ImportedPlan) r).startDate();
        return UK.format(d);
    }

    private static ImportField dateField(ImportRecord r) {
        return r instanceof ImportedProfile ? ImportField.PROFILE_DATE : ImportField.PLAN_START;
    }

    private void publish() {
        run.progress(new RunState.Progress(rows, added, changed, unchanged, skipped, problems));
    }
}
