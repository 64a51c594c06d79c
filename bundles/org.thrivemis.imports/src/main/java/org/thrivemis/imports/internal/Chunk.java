package org.thrivemis.imports.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.api.imports.ImportCounts;
import org.thrivemis.api.imports.ImportRecord;
import org.thrivemis.api.imports.ImportSink;
import org.thrivemis.api.imports.ImportedPlan;
import org.thrivemis.api.imports.ImportedProfile;
import org.thrivemis.api.imports.PupilIdentity;
import org.thrivemis.api.imports.RowIssue;
import org.thrivemis.api.imports.RowOutcome;
import org.thrivemis.api.store.ImportedPlanKey;
import org.thrivemis.api.store.ImportedProfileKey;
import org.thrivemis.api.store.StoreTx;
import org.thrivemis.api.store.StoredImportedPlan;
import org.thrivemis.api.store.StoredImportedProfile;
import org.thrivemis.mis.api.Pupil;

/**
 * The sink a format streams into during one step, and the work done per chunk of records: checks,
 * pupil matching, consent, duplicate rows, comparison with stored imports (one query per chunk),
 * and, when committing, the JDBC batches and one audit entry per pupil written.
 */
final class Chunk implements ImportSink {
    static final int SIZE = 2000;
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final StoreTx tx;
    private final RunState run;
    private final PupilMatcher matcher;
    private final RecordChecks checks;
    private final boolean commit;
    private final ImportAccess access;
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

    Chunk(StoreTx tx, RunState run, PupilMatcher matcher, RecordChecks checks, boolean commit, ImportAccess access) {
        this.tx = tx;
        this.run = run;
        this.matcher = matcher;
        this.checks = checks;
        this.commit = commit;
        this.access = access;
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
        Map<ImportRecord, Pupil> matched = new LinkedHashMap<>();
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
            matched.put(r, match.pupil().get());
        }
        Set<String> pupilIds = new LinkedHashSet<>();
        matched.values().forEach(p -> pupilIds.add(p.id()));
        Map<String, Map<ConsentScope, ConsentState>> consent = consentOf(pupilIds);
        Map<ImportedProfileKey, String> profileDigests = tx.imports().profileDigests(pupilIds);
        Map<ImportedPlanKey, String> planDigests = tx.imports().planDigests(pupilIds);
        List<StoredImportedProfile> newProfiles = new ArrayList<>();
        List<StoredImportedProfile> changedProfiles = new ArrayList<>();
        List<StoredImportedPlan> newPlans = new ArrayList<>();
        List<StoredImportedPlan> changedPlans = new ArrayList<>();
        Map<String, int[]> written = new LinkedHashMap<>();
        for (Map.Entry<ImportRecord, Pupil> e : matched.entrySet()) {
            ImportRecord r = e.getKey();
            Pupil pupil = e.getValue();
            ConsentScope scope = scopeOf(r);
            if (scope != null) {
                ConsentState state = consent.getOrDefault(pupil.id(), Map.of()).getOrDefault(scope,
                        ConsentState.NOT_RECORDED);
                if (state != ConsentState.GIVEN) {
                    skip(r, RowOutcome.NO_CONSENT, pupil, "Parental consent for " + scope.label().toLowerCase()
                            + " is " + state.label().toLowerCase() + " for " + pupil.displayName()
                            + ": record consent in the MIS first, then import the file again");
                    continue;
                }
            }
            Object key;
            String digest;
            String stored;
            if (r instanceof ImportedProfile p) {
                ImportedProfileKey k = new ImportedProfileKey(pupil.id(), p.kind(), p.assessedOn());
                key = k;
                digest = Digests.of(p);
                stored = profileDigests.get(k);
            } else {
                ImportedPlan p = (ImportedPlan) r;
                ImportedPlanKey k = new ImportedPlanKey(pupil.id(), p.startDate());
                key = k;
                digest = Digests.of(p);
                stored = planDigests.get(k);
            }
            Long first = seen.putIfAbsent(key, r.line());
            if (first != null) {
                invalid(r, List.of(RecordChecks.issue(r.line(), dateField(r), date(r), "This row repeats line "
                        + first + " (the same pupil, " + (r instanceof ImportedPlan ? "plan start date"
                                : "kind of profile and date") + "): keep one of them")));
                continue;
            }
            RowOutcome outcome = stored == null ? RowOutcome.ADDED
                    : stored.equals(digest) ? RowOutcome.UNCHANGED : RowOutcome.CHANGED;
            switch (outcome) {
                case ADDED -> added++;
                case CHANGED -> changed++;
                default -> unchanged++;
            }
            if (commit && outcome.writes()) {
                String formatId = run.format.id;
                if (r instanceof ImportedProfile p) {
                    StoredImportedProfile s = new StoredImportedProfile((ImportedProfileKey) key, p.strands(),
                            p.statements(), digest, run.id(), formatId);
                    (outcome == RowOutcome.ADDED ? newProfiles : changedProfiles).add(s);
                } else {
                    ImportedPlan p = (ImportedPlan) r;
                    StoredImportedPlan s = new StoredImportedPlan((ImportedPlanKey) key, p.reviewDate(), p.status(),
                            p.targets(), digest, run.id(), formatId);
                    (outcome == RowOutcome.ADDED ? newPlans : changedPlans).add(s);
                }
                int[] n = written.computeIfAbsent(pupil.id(), id -> new int[2]);
                n[outcome == RowOutcome.ADDED ? 0 : 1]++;
            }
            line(r, outcome, pupil, "", "", "");
        }
        if (commit) {
            tx.imports().saveProfiles(newProfiles, changedProfiles);
            tx.imports().savePlans(newPlans, changedPlans);
            tx.audit().append(audit(written));
        }
        publish();
    }

    private List<AuditEntry> audit(Map<String, int[]> written) {
        List<AuditEntry> entries = new ArrayList<>(written.size());
        String from = "import run " + run.id() + " (" + run.snapshot().fileName() + ", " + run.format.label + "): ";
        written.forEach((pupilId, n) -> entries.add(access.allowed(run.actor, ImportAccess.ACTION_WRITE, pupilId,
                from + n[0] + " added, " + n[1] + " changed")));
        return entries;
    }

    private Map<String, Map<ConsentScope, ConsentState>> consentOf(Collection<String> pupilIds) {
        Map<String, Map<ConsentScope, ConsentState>> states = new HashMap<>();
        if (!pupilIds.isEmpty()) {
            // the domain's rule (the latest decision per scope wins), read in this step's transaction
            tx.consents().histories(pupilIds).forEach((id, history) -> states.put(id, ConsentStatus.statesOf(history)));
        }
        return states;
    }

    /** Individual profiles need consent to individual assessment, plans to action plans; group profiles none. */
    private static ConsentScope scopeOf(ImportRecord r) {
        if (r instanceof ImportedProfile p) {
            return p.kind().isIndividual() ? ConsentScope.INDIVIDUAL_ASSESSMENT : null;
        }
        return ConsentScope.ACTION_PLAN;
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

    private static String dateField(ImportRecord r) {
        return r instanceof ImportedProfile ? "Profile date" : "Plan start";
    }

    private void publish() {
        run.progress(new RunState.Progress(rows, added, changed, unchanged, skipped, problems));
    }
}
