package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.screening.Mark;
import org.thrivemis.api.screening.RoundMember;
import org.thrivemis.api.screening.RoundStatus;
import org.thrivemis.api.screening.ScreeningRound;
import org.thrivemis.api.screening.Term;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.dataprotection.RetentionCandidate;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanReview;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.Progress;
import org.thrivemis.api.plan.RelationalFunction;
import org.thrivemis.api.plan.Target;
import org.thrivemis.api.plan.TargetProgress;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.roster.EnrollmentRole;
import org.thrivemis.api.roster.EntityCounts;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterClass;
import org.thrivemis.api.roster.RosterEnrollment;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterStaff;
import org.thrivemis.api.roster.SyncIssue;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.roster.SyncStatus;
import org.thrivemis.api.store.RosterChanges;
import org.thrivemis.api.store.RosterChanges.Changes;

/**
 * Erasure and archive against the live schema of a real database: after erasing a pupil, no
 * character column of any table (found through INFORMATION_SCHEMA, so tables added later are
 * searched too) holds their id, UPN or names, while another pupil's data is untouched. Run on H2
 * and on PostgreSQL by the two subclasses.
 */
abstract class ErasureContract {
    static final Instant T1 = Instant.parse("2019-07-19T15:00:00Z");
    static final Instant T2 = Instant.parse("2019-07-22T09:00:00Z");
    static final String ERASED = "PX-7731";
    static final String UPN = "K801200300417";
    static final String GIVEN = "Zebedee";
    static final String FAMILY = "Quillfeather";
    static final String OTHER = "PY-5520";
    static final String OTHER_UPN = "M556677889900";
    static final String OTHER_FAMILY = "Treloar";

    JdbcThriveStore store;

    /** A store on a fresh, migrated database. */
    abstract JdbcThriveStore open();

    /** A plain connection to the same database, outside the store. */
    abstract Connection connect() throws SQLException;

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void erasureLeavesNoIdUpnOrNameInAnyColumnOfAnyTable() throws SQLException {
        fill(ERASED, UPN, GIVEN, FAMILY);
        fill(OTHER, OTHER_UPN, "Morwenna", OTHER_FAMILY);
        fillImport(ERASED, UPN, GIVEN, FAMILY);
        fillImport(OTHER, OTHER_UPN, "Morwenna", OTHER_FAMILY);
        // the search finds the pupil where they were put, so an empty result afterwards means something
        assertTrue(columnsHolding(ERASED).containsAll(Set.of("action_plan.pupil_id", "assessment.pupil_id",
                "audit_entry.pupil_id", "audit_entry.detail", "consent_record.pupil_id", "roster_pupil.source_key",
                "roster_enrollment.user_key")), columnsHolding(ERASED).toString());
        assertTrue(columnsHolding(UPN).containsAll(Set.of("roster_pupil.upn", "sync_issue.val")));
        assertTrue(columnsHolding(FAMILY).containsAll(Set.of("roster_pupil.family_name", "sync_issue.message")));
        Set<String> otherBefore = columnsHolding(OTHER_FAMILY);

        assertTrue(columnsHolding(ERASED).contains("imported_profile.pupil_id"));
        String reportBefore = report();
        assertTrue(reportBefore.contains(UPN) && reportBefore.contains(OTHER_UPN), reportBefore);

        Map<String, Integer> counts = store.write(tx -> tx.dataProtection().erase(ERASED, "erased-test-token"));

        String reportAfter = report();
        for (String identifier : List.of(ERASED, UPN, GIVEN, FAMILY)) {
            assertFalse(reportAfter.contains(identifier), identifier + " is still in the import report: " + reportAfter);
        }
        assertTrue(reportAfter.contains(OTHER_UPN + ",P-OTHER-LINE,Morwenna," + OTHER_FAMILY + ",added\r\n"),
                "the other pupil's line is untouched: " + reportAfter);

        for (String identifier : List.of(ERASED, UPN, GIVEN, FAMILY, "u-991")) {
            assertEquals(Set.of(), columnsHolding(identifier), identifier + " is still stored");
        }
        assertEquals(1, counts.get("consent_record"));
        assertEquals(2, counts.get("roster_pupil"), "the host row and the OneRoster row with the same UPN");
        assertEquals(2, counts.get("roster_enrollment"));
        assertEquals(2, counts.get("action_plan"), "the plan made in the MIS and the imported one");
        assertEquals(2, counts.get("imported_profile"), "the import ledger's profile keys");
        assertEquals(1, counts.get("imported_plan"), "the import ledger's plan key");
        assertEquals(2, count("SELECT COUNT(*) FROM audit_entry WHERE pupil_id = 'erased-test-token'"));
        assertEquals(otherBefore, columnsHolding(OTHER_FAMILY), "the other pupil keeps everything");
        assertEquals(1, store.read(tx -> tx.consents().history(OTHER)).size());
        assertEquals(2, store.read(tx -> tx.plans().ofPupil(OTHER)).size(), "made in the MIS and imported");
        assertEquals(3, store.read(tx -> tx.profiles().ofPupil(OTHER)).size(),
                "the completed profile, the review's draft and the imported one");
        assertEquals(2, store.read(tx -> tx.dataProtection().heldDetails(OTHER)).size(), "host and OneRoster rows");
    }

    @Test
    void archiveKeepsAnonymousProfilesAndPlansUnderTheToken() throws SQLException {
        fill(ERASED, UPN, GIVEN, FAMILY);

        store.write(tx -> tx.dataProtection().archive(ERASED, "archived-test-token"));

        for (String identifier : List.of(ERASED, UPN, GIVEN, FAMILY)) {
            assertEquals(Set.of(), columnsHolding(identifier), identifier + " is still stored");
        }
        Assessment kept = store.read(tx -> tx.profiles().ofPupil("archived-test-token")).stream()
                .filter(a -> a.status() == AssessmentStatus.COMPLETED).findFirst().orElseThrow();
        assertEquals(Level.EMERGING, kept.levels().get("being-01"));
        assertEquals("", kept.reason());
        ActionPlan plan = store.read(tx -> tx.plans().ofPupil("archived-test-token")).get(0);
        assertEquals("Settles with an adult", plan.targets().get(0).text(), "pack targets stay");
        assertEquals("", plan.targets().get(1).text(), "staff-written targets are cleared");
        assertEquals(Progress.SOME, plan.reviews().get(0).progress().get(0).progress());
        assertEquals(List.of(), store.read(tx -> tx.consents().history(ERASED)));
    }

    @Test
    void detailsHeldListTheRosterEntriesOfEverySourceWithTheirClasses() {
        fill(ERASED, UPN, GIVEN, FAMILY);

        var held = store.read(tx -> tx.dataProtection().heldDetails(ERASED));

        assertEquals(List.of("host", "csv"), held.stream().map(h -> h.source()).toList());
        assertEquals(List.of("c-a"), held.get(0).classKeys());
        assertEquals(UPN, held.get(1).upn());
    }

    @Test
    void retentionFindsPupilsWhoseEveryRosterRowWasArchivedBeforeTheCutoff() {
        fill(ERASED, UPN, GIVEN, FAMILY);
        fill(OTHER, OTHER_UPN, "Morwenna", OTHER_FAMILY);
        archiveRoster("host", ERASED);
        assertEquals(List.of(), store.read(tx -> tx.dataProtection().leftBefore(T2.plusSeconds(3600))),
                "the OneRoster row of the same child (same UPN) is still current");

        archiveRoster("csv", "u-991");

        List<RetentionCandidate> due = store.read(tx -> tx.dataProtection().leftBefore(T2.plusSeconds(3600)));
        assertEquals(List.of(ERASED, "u-991"), due.stream().map(RetentionCandidate::pupilId).toList());
        assertEquals(GIVEN + " " + FAMILY, due.get(0).name());
        assertEquals(List.of(), store.read(tx -> tx.dataProtection().leftBefore(T2.minusSeconds(3600))));
    }

    private void archiveRoster(String source, String key) {
        store.write(tx -> {
            var state = tx.roster().state(source);
            long id = state.pupils().stream().filter(r -> r.value().sourceId().equals(key)).findFirst().orElseThrow().id();
            tx.roster().apply(new RosterChanges(source, T2, Changes.none(), Changes.none(),
                    new Changes<>(List.of(), List.of(), List.of(id)), Changes.none(), Changes.none()));
            return null;
        });
    }

    /** Every kind of row Thrive keeps about a pupil, in every table the store has today. */
    private void fill(String pupilId, String upn, String given, String family) {
        // keys of schools, classes and staff must not contain the pupil id: they are not the pupil's
        String tag = pupilId.equals(ERASED) ? "a" : "b";
        store.write(tx -> {
            tx.consents().insert(new ConsentRecord(0, pupilId, ConsentDecision.GIVEN,
                    Set.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentScope.ACTION_PLAN), "Parent of " + given,
                    Relationship.PARENT, LocalDate.of(2019, 1, 7), "form signed", "s1", "Ann Office", T1));
            Assessment a = tx.profiles().insert(new Assessment(0, pupilId, ProfileKind.BEHAVIOUR,
                    given + " hits out at playtimes", AssessmentStatus.COMPLETED, LocalDate.of(2019, 1, 14),
                    "thrivemis-sample", "1.0.0", Map.of("being-01", Level.EMERGING), "S-PRA", "Pat Practitioner", T1,
                    "Pat Practitioner", Optional.of(T1), 1));
            ActionPlan plan = tx.plans().insert(new ActionPlan(0, pupilId, a.id(), PlanStatus.ACTIVE,
                    List.of(new Target(Strand.BEING, Optional.of("being-01"), "Settles with an adult"),
                            new Target(Strand.BEING, Optional.empty(), given + " says goodbye at the gate")),
                    List.of(new PlanActivity(ActivitySetting.HOME, Optional.empty(), "Bedtime story with " + given)),
                    Map.of(RelationalFunction.ATTUNE, "Notice when " + given + " is quiet"), "S-PRA",
                    "Pat Practitioner", LocalDate.of(2019, 1, 14), LocalDate.of(2019, 3, 11), T1, "Pat Practitioner",
                    0, List.of()));
            tx.plans().addReview(plan.id(), new PlanReview(0, LocalDate.of(2019, 3, 11), "S-PRA", "Pat Practitioner",
                    List.of(new TargetProgress(Strand.BEING, given + " says goodbye at the gate", Progress.SOME)),
                    given + " " + family + " is calmer", false, T1));
            // a review that started a new profile: the review points at it (tabs.sql), so plans go first
            Assessment started = tx.profiles().insert(new Assessment(0, pupilId, ProfileKind.BEHAVIOUR,
                    "Started at the review", AssessmentStatus.DRAFT, LocalDate.of(2019, 3, 11), "thrivemis-sample", "1.0.0",
                    Map.of(), "S-PRA", "Pat Practitioner", T1, "Pat Practitioner", Optional.empty(), 1));
            tx.plans().addReview(plan.id(), new PlanReview(0, LocalDate.of(2019, 3, 12), "S-PRA", "Pat Practitioner",
                    List.of(), "second review", true, T1, Optional.of(started.id())));
            tx.roster().apply(new RosterChanges("host", T1,
                    new Changes<>(List.of(new RosterSchool("s-" + tag, "Oak Primary", Origin.NONE)), List.of(), List.of()),
                    new Changes<>(List.of(new RosterClass("c-" + tag, "s-" + tag, "Year 3 Oak", Origin.NONE)),
                            List.of(), List.of()),
                    new Changes<>(List.of(new RosterPupil(pupilId, Optional.of(upn), given, family,
                            Optional.of(LocalDate.of(2011, 3, 4)), List.of("s-" + tag), Origin.NONE)), List.of(), List.of()),
                    new Changes<>(List.of(new RosterStaff("t-" + tag, "Ann", "Teach", List.of("s-" + tag),
                            Origin.NONE)), List.of(), List.of()),
                    new Changes<>(List.of(new RosterEnrollment("e-" + tag, "c-" + tag, pupilId,
                            EnrollmentRole.PUPIL, Optional.of(LocalDate.of(2018, 9, 1)), Optional.empty(), Origin.NONE)),
                            List.of(), List.of())));
            // the same child in a OneRoster source, under that source's own id
            String csvKey = pupilId.equals(ERASED) ? "u-991" : "u-992";
            tx.roster().apply(new RosterChanges("csv", T1, Changes.none(), Changes.none(),
                    new Changes<>(List.of(new RosterPupil(csvKey, Optional.of(upn), given, family, Optional.empty(),
                            List.of("s1"), Origin.NONE)), List.of(), List.of()),
                    Changes.none(),
                    new Changes<>(List.of(new RosterEnrollment("e-" + csvKey, "c1", csvKey, EnrollmentRole.PUPIL,
                            Optional.empty(), Optional.empty(), Origin.NONE)), List.of(), List.of())));
            var round = tx.screening().insert(new ScreeningRound(0, "c-" + tag, "Year 3 Oak", 2018, Term.AUTUMN,
                    RoundStatus.OPEN, "thrivemis-sample", "1.0.0", LocalDate.of(2018, 10, 1), "t-" + tag, "Ann Teach", T1,
                    "Ann Teach", Optional.empty(), 0), List.of(new RoundMember(pupilId, 90)));
            tx.screening().putMarks(round.id(), 1, List.of(new Mark(pupilId, "being-01", Level.SECURE)));
            long run = tx.roster().startRun("csv", "Ann Office", T1);
            tx.roster().finishRun(new SyncReport(run, "csv", "Ann Office", T1, Optional.of(T1), SyncStatus.APPLIED,
                    Map.of(RosterEntity.PUPIL, new EntityCounts(1, 0, 0)),
                    List.of(SyncIssue.warning(Origin.line("users.csv", 4), "identifier", upn,
                            "UPN " + upn + " of " + given + " " + family + " has a wrong check letter"))), 10);
            tx.audit().append(List.of(
                    new AuditEntry(0, T1, "s1", "Ann Office", "consent.read", pupilId, "pupil record", AuditOutcome.ALLOWED),
                    new AuditEntry(0, T1, "s9", "Sam Senior", "audit.search", pupilId, "search: pupil " + pupilId
                            + ", limit 50", AuditOutcome.ALLOWED)));
            return null;
        });
    }

    /** "table.column" of every character column of every table that holds the text (any case). */
    Set<String> columnsHolding(String text) throws SQLException {
        Set<String> found = new TreeSet<>();
        try (Connection c = connect()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT table_name, column_name FROM"
                    + " information_schema.columns WHERE LOWER(table_schema) = 'public' AND UPPER(data_type) IN"
                    + " ('CHARACTER VARYING', 'VARCHAR', 'CHARACTER', 'CHAR', 'TEXT', 'CLOB', 'CHARACTER LARGE OBJECT',"
                    + " 'VARCHAR_IGNORECASE')")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            assertFalse(columns.size() < 20, "the schema's character columns were found: " + columns.size());
            for (String[] tc : columns) {
                String sql = "SELECT COUNT(*) FROM \"" + tc[0] + "\" WHERE POSITION(LOWER(CAST(? AS VARCHAR(1000)))"
                        + " IN LOWER(\"" + tc[1] + "\")) > 0";
                try (PreparedStatement select = c.prepareStatement(sql)) {
                    select.setString(1, text);
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            found.add(tc[0].toLowerCase() + "." + tc[1].toLowerCase());
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Everything the import reports say, unzipped. */
    private String report() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection c = connect();
                ResultSet rs = c.createStatement().executeQuery("SELECT report FROM import_run ORDER BY id")) {
            while (rs.next()) {
                try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(rs.getBytes(1)))) {
                    all.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return all.toString();
    }

    /** What an import of this pupil leaves: its identity record and a run whose report names them. */
    private void fillImport(String pupilId, String upn, String given, String family) throws SQLException {
        String line = pupilId.equals(ERASED) ? upn + "," + pupilId + "," + given + "," + family + ",added\r\n"
                : upn + ",P-OTHER-LINE," + given + "," + family + ",added\r\n";
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(("upn,pupil,forename,surname,outcome\r\n" + line).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        try (Connection c = connect()) {
            try (var s = c.prepareStatement("INSERT INTO import_run (file_name, format_id, format_label, started_by,"
                    + " started_at, status, bytes_total, row_count, added, changed, unchanged, skipped, problems, message,"
                    + " report) VALUES ('export.csv', 'csv', 'CSV', 'Ann Office', CURRENT_TIMESTAMP, 'COMMITTED', 1, 1, 1,"
                    + " 0, 0, 0, 0, ?, ?)")) {
                s.setString(1, "1 row imported");
                s.setBytes(2, gz.toByteArray());
                s.executeUpdate();
            }
            try (var s = c.prepareStatement("INSERT INTO imported_profile (pupil_id, kind, assessed_on, strands,"
                    + " statements, digest, run_id, format_id) VALUES (?, 'BASELINE', DATE '2019-01-14', 'BEING',"
                    + " 'being-01=SECURE', 'd1', 1, 'csv')")) {
                s.setString(1, pupilId);
                s.executeUpdate();
            }
            // since imports make native records: an imported assessment and plan, and their ledger rows
            long assessmentId;
            try (var s = c.prepareStatement("INSERT INTO assessment (pupil_id, kind, reason, status, assessed_on,"
                    + " pack_id, pack_version, assessor_id, assessor_name, updated_at, updated_by, completed_at, version,"
                    + " import_format, import_format_label, import_run_id, imported_on, import_strands) VALUES (?,"
                    + " 'BEHAVIOUR', '', 'COMPLETED', DATE '2019-02-11', 'pack', '1', '', 'Thrive-Online CSV export',"
                    + " CURRENT_TIMESTAMP, 'Ann Office', CURRENT_TIMESTAMP, 1, 'csv', 'Thrive-Online CSV export', 1,"
                    + " DATE '2019-03-01', 'BEING=80')", new String[] {"id"})) {
                s.setString(1, pupilId);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    assessmentId = keys.getLong(1);
                }
            }
            long planId;
            try (var s = c.prepareStatement("INSERT INTO action_plan (pupil_id, assessment_id, status, attune_note,"
                    + " validate_note, contain_note, regulate_note, owner_id, owner_name, start_date, review_date,"
                    + " updated_at, updated_by, version, import_format, import_format_label, import_run_id, imported_on)"
                    + " VALUES (?, ?, 'ACTIVE', '', '', '', '', '', 'Thrive-Online CSV export', DATE '2019-02-12',"
                    + " DATE '2019-04-08', CURRENT_TIMESTAMP, 'Ann Office', 1, 'csv', 'Thrive-Online CSV export', 1,"
                    + " DATE '2019-03-01')", new String[] {"id"})) {
                s.setString(1, pupilId);
                s.setLong(2, assessmentId);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    planId = keys.getLong(1);
                }
            }
            try (var s = c.prepareStatement("INSERT INTO plan_target (plan_id, seq, strand, statement_id, target_text)"
                    + " VALUES (?, 0, 'DOING', NULL, ?)")) {
                s.setLong(1, planId);
                s.setString(2, "Imported target for " + given);
                s.executeUpdate();
            }
            try (var s = c.prepareStatement("INSERT INTO imported_profile (pupil_id, kind, assessed_on, digest, run_id,"
                    + " format_id, assessment_id, assessment_version) VALUES (?, 'BEHAVIOUR', DATE '2019-02-11', 'd2',"
                    + " 1, 'csv', ?, 1)")) {
                s.setString(1, pupilId);
                s.setLong(2, assessmentId);
                s.executeUpdate();
            }
            try (var s = c.prepareStatement("INSERT INTO imported_plan (pupil_id, start_date, digest, run_id, format_id,"
                    + " plan_id, plan_version) VALUES (?, DATE '2019-02-12', 'd3', 1, 'csv', ?, 1)")) {
                s.setString(1, pupilId);
                s.setLong(2, planId);
                s.executeUpdate();
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
