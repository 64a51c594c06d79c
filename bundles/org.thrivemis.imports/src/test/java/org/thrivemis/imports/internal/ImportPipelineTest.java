package org.thrivemis.imports.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.imports.internal.ImportFixture.AMIRA_UPN;
import static org.thrivemis.imports.internal.ImportFixture.BEN_UPN;
import static org.thrivemis.imports.internal.ImportFixture.OFFICE;
import static org.thrivemis.imports.internal.ImportFixture.file;
import static org.thrivemis.imports.internal.ImportFixture.plan;
import static org.thrivemis.imports.internal.ImportFixture.profile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.SchoolScope;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.imports.ImportCounts;
import org.thrivemis.api.imports.ImportRun;
import org.thrivemis.api.imports.ImportStatus;
import org.thrivemis.api.imports.RowOutcome;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.Target;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.store.StoredImportedPlan;
import org.thrivemis.api.store.StoredImportedProfile;
import org.thrivemis.mis.api.School;
import org.thrivemis.mis.api.SchoolDirectory;

/** The pipeline end to end with the CSV format and the real store: preview, commit, idempotency, matching, consent. */
class ImportPipelineTest {
    private static final String AMIRA_BASELINE = profile(AMIRA_UPN, "", "Amira", "Khan", "04/03/2016", "10/01/2025",
            "Baseline", "80", "60", "40", "being-01=Secure; doing-01=Emerging");
    private static final String BEN_BEHAVIOUR = profile("", "p-2", "Ben", "Jones", "10/09/2015", "5/2/2025",
            "Behaviour", "100", "", "", "");
    private static final String BEN_PLAN = plan("", "", "Ben", "Jones", "10-09-2015", "13.01.2025", "10/03/2025",
            "\"Doing: tries a new activity with an adult\nBeing: =feels safe at lunchtime\"");

    @TempDir
    Path dir;
    ImportFixture school;

    @BeforeEach
    void open() {
        school = new ImportFixture(dir);
    }

    @AfterEach
    void close() throws Exception {
        school.close();
    }

    @Test
    void previewChangesNothingAndCommitStoresEveryRecordWithItsAudit() throws Exception {
        ImportRun preview = school.preview(file(AMIRA_BASELINE, BEN_BEHAVIOUR, BEN_PLAN));

        assertEquals(ImportStatus.READY, preview.status(), ImportFixture.messages(preview));
        assertEquals(new ImportCounts(3, 3, 0, 0, 0, 0), preview.counts());
        assertEquals("thrive-online-csv", preview.formatId(), "detected from the header");
        assertArrayEquals(new long[] {0, 0}, school.totals(), "a preview writes nothing");

        ImportRun done = school.commit(preview.id());

        assertEquals(ImportStatus.COMMITTED, done.status(), ImportFixture.messages(done));
        assertArrayEquals(new long[] {2, 1}, school.totals());
        assertArrayEquals(new long[] {2, 1}, school.natives(), "native profiles and plans, as the tabs read them");
        List<Assessment> amira = school.profiles("p-1");
        assertEquals(1, amira.size());
        Assessment baseline = amira.get(0);
        assertEquals(ProfileKind.BASELINE, baseline.kind());
        assertEquals(AssessmentStatus.COMPLETED, baseline.status(), "a completed profile, counted like any other");
        assertEquals(LocalDate.of(2025, 1, 10), baseline.assessedOn());
        assertEquals(Map.of(Strand.BEING, 80, Strand.DOING, 60, Strand.THINKING, 40),
                baseline.imported().orElseThrow().strandPercents());
        assertEquals("thrive-online-csv", baseline.imported().get().formatId());
        assertEquals(done.id(), baseline.imported().get().runId());
        assertEquals(Level.EMERGING, baseline.levels().get("doing-01"));
        List<ActionPlan> benPlans = school.plans("p-2");
        assertEquals(1, benPlans.size());
        assertEquals(2, benPlans.get(0).targets().size(), "matched on surname, forename and date of birth");
        assertEquals("=feels safe at lunchtime", benPlans.get(0).targets().get(1).text(), "stored as text, as given");
        assertEquals(LocalDate.of(2025, 3, 10), benPlans.get(0).reviewDate());
        assertEquals(PlanStatus.ACTIVE, benPlans.get(0).status());
        assertEquals(0, benPlans.get(0).assessmentId(), "Ben's only profile is dated after the plan started");
        assertTrue(benPlans.get(0).imported().isPresent());
        List<AuditEntry> writes = school.audit(ImportAccess.ACTION_WRITE);
        assertEquals(Set.of("p-1", "p-2"), Set.copyOf(writes.stream().map(AuditEntry::pupilId).toList()),
                "every pupil written is audited");
        assertEquals(1, school.audit(ImportAccess.ACTION_COMMIT).size());
        assertTrue(school.report(done.id()).contains("Added"), "the report lists each row's outcome");
    }

    @Test
    void reImportingTheSameFileChangesNothing() throws Exception {
        String content = file(AMIRA_BASELINE, BEN_BEHAVIOUR, BEN_PLAN);
        school.importFile(content);
        String before = school.imported();

        ImportRun again = school.preview(content);
        assertEquals(new ImportCounts(3, 0, 0, 3, 0, 0), again.counts());
        ImportRun done = school.commit(again.id());

        assertEquals(ImportStatus.COMMITTED, done.status());
        assertEquals(new ImportCounts(3, 0, 0, 3, 0, 0), done.counts());
        assertArrayEquals(new long[] {2, 1}, school.totals(), "no duplicates");
        assertEquals(before.replaceAll("runId=\\d+", ""), school.imported().replaceAll("runId=\\d+", ""));
    }

    @Test
    void anUpdatedExportAppliesOnlyTheDifferences() throws Exception {
        school.importFile(file(AMIRA_BASELINE, BEN_BEHAVIOUR, BEN_PLAN));
        String benBehaviourNow = profile("", "p-2", "Ben", "Jones", "10/09/2015", "05/02/2025", "Behaviour", "90", "",
                "", "");
        String newProfile = profile(AMIRA_UPN, "", "Amira", "Khan", "04/03/2016", "20/05/2025", "Behaviour", "70",
                "", "", "");

        ImportRun preview = school.preview(file(AMIRA_BASELINE, benBehaviourNow, BEN_PLAN, newProfile));
        ImportRun done = school.commit(preview.id());

        assertEquals(new ImportCounts(4, 1, 1, 2, 0, 0), done.counts());
        assertArrayEquals(new long[] {3, 1}, school.totals());
        assertArrayEquals(new long[] {3, 1}, school.natives());
        Assessment ben = school.profiles("p-2").get(0);
        assertEquals(Map.of(Strand.BEING, 90), ben.imported().orElseThrow().strandPercents(), "updated in place");
        assertEquals(done.id(), ben.imported().get().runId());
        assertEquals(2, ben.version());
    }

    @Test
    void aRecordStaffChangedSinceItWasImportedIsAConflictAndLeftAlone() throws Exception {
        school.importFile(file(AMIRA_BASELINE, BEN_BEHAVIOUR, BEN_PLAN));
        ActionPlan imported = school.plans("p-2").get(0);
        // a practitioner reviews the targets in the MIS (the plan repository bumps the version)
        school.store.store.write(tx -> tx.plans().update(new ActionPlan(imported.id(), imported.pupilId(),
                imported.assessmentId(), imported.status(), List.of(new Target(Strand.DOING, Optional.empty(),
                        "joins a small group")), List.of(), Map.of(), "pr1", "Pat Practitioner", imported.startDate(),
                imported.reviewDate(), Instant.parse("2025-06-01T09:00:00Z"), "Pat Practitioner", imported.version(),
                List.of()), imported.version()));
        String benPlanNow = BEN_PLAN.replace("10/03/2025", "17/03/2025");

        ImportRun preview = school.preview(file(AMIRA_BASELINE, BEN_BEHAVIOUR, benPlanNow));
        assertEquals(new ImportCounts(3, 0, 0, 2, 1, 0), preview.counts(), "preview says exactly what commit does");
        assertEquals(RowOutcome.CONFLICT, preview.issues().get(0).outcome());
        assertTrue(preview.issues().get(0).message().contains("Staff have changed this action plan"),
                preview.issues().get(0).message());
        ImportRun done = school.commit(preview.id());

        assertEquals(new ImportCounts(3, 0, 0, 2, 1, 0), done.counts());
        ActionPlan now = school.plans("p-2").get(0);
        assertEquals("joins a small group", now.targets().get(0).text(), "the practitioner's edit stays");
        assertEquals(LocalDate.of(2025, 3, 10), now.reviewDate());
        assertTrue(school.report(done.id()).contains("changed in the MIS since it was imported"));
    }

    @Test
    void problemsNameTheColumnAsTheSchoolsFileHeadsIt() throws Exception {
        school.useMapping(Map.of("column.upn", "Unique pupil number", "column.profileDate", "Assessed"));
        String renamed = ImportFixture.HEADER.replace("UPN", "unique pupil NUMBER").replace("Profile date", "Assessed");
        String badUpn = profile((AMIRA_UPN.charAt(0) == 'A' ? "B" : "A") + AMIRA_UPN.substring(1), "", "Amira", "Khan", "04/03/2016", "10/01/2026",
                "Baseline", "80", "", "", "");

        ImportRun preview = school.preview("export.csv", (renamed + "\r\n" + badUpn + "\r\n")
                .getBytes(StandardCharsets.UTF_8));

        assertEquals(ImportStatus.REFUSED, preview.status());
        assertEquals(List.of("unique pupil NUMBER", "Assessed"), preview.issues().stream().map(i -> i.field())
                .toList(), ImportFixture.messages(preview));
    }

    @Test
    void ambiguousAndUnmatchedRowsAreReportedNeverGuessed() throws Exception {
        String twins = profile("", "", "Sam", "Lee", "01/01/2016", "10/01/2025", "Baseline", "50", "", "", "");
        String nobody = profile("", "", "Zed", "Nobody", "01/01/2016", "10/01/2025", "Baseline", "50", "", "", "");
        String conflict = profile(AMIRA_UPN, "p-2", "Amira", "Khan", "04/03/2016", "11/01/2025", "Baseline", "50", "",
                "", "");

        ImportRun preview = school.preview(file(twins, nobody, conflict));

        assertEquals(ImportStatus.READY, preview.status(), "skips are not problems in the file");
        assertEquals(new ImportCounts(3, 0, 0, 0, 3, 0), preview.counts());
        assertEquals(List.of(RowOutcome.AMBIGUOUS, RowOutcome.UNMATCHED, RowOutcome.AMBIGUOUS),
                preview.issues().stream().map(i -> i.outcome()).toList());
        assertTrue(preview.issues().get(0).message().contains("p-3, p-4"), preview.issues().get(0).message());
        assertTrue(preview.issues().get(2).message().contains("MIS id is Ben Jones"), preview.issues().get(2).message());
        school.commit(preview.id());
        assertArrayEquals(new long[] {0, 0}, school.totals());
    }

    @Test
    void individualProfilesAndPlansNeedConsentGroupProfilesDoNot() throws Exception {
        String caraBaseline = profile("", "", "Cara", "Doe", "05/05/2016", "10/01/2025", "Baseline", "50", "", "", "");
        String caraGroup = profile("", "", "Cara", "Doe", "05/05/2016", "10/01/2025", "Group", "50", "", "", "");
        String caraPlan = plan("", "", "Cara", "Doe", "05/05/2016", "13/01/2025", "10/03/2025", "Doing: joins in");

        ImportRun done = school.commit(school.preview(file(caraBaseline, caraGroup, caraPlan)).id());

        assertEquals(new ImportCounts(3, 1, 0, 0, 2, 0), done.counts());
        assertTrue(school.report(done.id()).contains("no current parental consent"));
        assertEquals(List.of(ProfileKind.GROUP), school.profiles("p-5").stream().map(Assessment::kind).toList(),
                "nothing is written for Cara but the group profile");
        assertEquals(List.of(), school.plans("p-5"));
    }

    @Test
    void inATrustRowsForAnotherSchoolsPupilsAreSkippedAsMatchingNobody() throws Exception {
        school.service.schools = new SchoolDirectory() {
            @Override
            public List<School> schools() {
                return List.of(new School("north", "North School"), new School("south", "South School"));
            }

            @Override
            public Optional<String> schoolOfPupil(String pupilId) {
                return Optional.of("p-2".equals(pupilId) ? "south" : "north");
            }

            @Override
            public Optional<String> schoolOfClass(String classId) {
                return Optional.empty();
            }

            @Override
            public Set<String> schoolsOfStaff(String staffId) {
                return Set.of();
            }
        };
        Actor northOffice = new Actor("o1", "Olu Office", Set.of(ThriveRole.OFFICE), SchoolScope.only(Set.of("north")));
        Path upload = Files.writeString(dir.resolve("trust.csv"), file(AMIRA_BASELINE, BEN_BEHAVIOUR, BEN_PLAN));

        ImportRun preview = school.await(school.service.start(northOffice, upload, "trust.csv", Optional.empty()).id());
        assertEquals(ImportStatus.READY, preview.status(), ImportFixture.messages(preview));
        school.service.commit(northOffice, preview.id());
        ImportRun done = school.await(preview.id());

        assertEquals(new ImportCounts(3, 1, 0, 0, 2, 0), done.counts(), "Amira added, Ben's two rows skipped");
        String report = school.report(done.id());
        assertTrue(report.contains("no pupil matches"), report);
        assertFalse(report.contains("South School"), "the report does not say Ben is at another school");
        assertEquals(List.of(), school.store.store.read(tx -> tx.imports().profilesOf("p-2")));
        assertEquals(Set.of("p-1"), Set.copyOf(school.audit(ImportAccess.ACTION_WRITE).stream()
                .map(AuditEntry::pupilId).toList()), "only North's pupil is written");

        // the run, its file's names and its report belong to North: South's staff cannot find it
        Actor southOffice = new Actor("o2", "Sam South", Set.of(ThriveRole.OFFICE), SchoolScope.only(Set.of("south")));
        assertTrue(school.service.recent(southOffice, 10).stream().noneMatch(r -> r.id() == done.id()),
                "South's office does not see North's run in the list");
        assertThrows(org.thrivemis.api.NotFoundException.class, () -> school.service.run(southOffice, done.id()));
        assertThrows(org.thrivemis.api.NotFoundException.class,
                () -> school.service.report(southOffice, done.id(), java.io.OutputStream.nullOutputStream()));
        assertTrue(school.service.recent(northOffice, 10).stream().anyMatch(r -> r.id() == done.id()));
        Actor trustLead = new Actor("t1", "Tess Trust", Set.of(ThriveRole.SENIOR_LEAD));
        assertTrue(school.service.recent(trustLead, 10).stream().anyMatch(r -> r.id() == done.id()),
                "a trust-wide lead sees every school's runs");
    }

    @Test
    void onlyOfficeStaffAndSeniorLeadsMayImportAndRefusalsAreAudited() throws Exception {
        Actor teacher = new Actor("t1", "Tia Teacher", Set.of(ThriveRole.TEACHER));
        Path upload = Files.writeString(dir.resolve("upload.csv"), file(AMIRA_BASELINE));

        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> school.service.start(teacher, upload, "x.csv", Optional.empty()));

        assertTrue(e.getMessage().contains("office staff and senior leads"), e.getMessage());
        List<AuditEntry> denied = school.audit(ImportAccess.ACTION_RUN);
        assertEquals(AuditOutcome.DENIED, denied.get(0).outcome());
        assertEquals("t1", denied.get(0).actorId());
        assertTrue(Files.notExists(upload), "the service owns the upload and deletes it");
    }

    @Test
    void aFileNoFormatRecognisesIsRefusedNamingTheFormats() throws Exception {
        Path upload = Files.writeString(dir.resolve("notes.txt"), "hello");

        ValidationException e = assertThrows(ValidationException.class,
                () -> school.service.start(OFFICE, upload, "notes.txt", Optional.empty()));

        assertTrue(e.getMessage().contains("No installed format recognises notes.txt (installed: Thrive-Online CSV"
                + " export)"), e.getMessage());
        ValidationException chosen = assertThrows(ValidationException.class, () -> school.service.start(OFFICE,
                Files.writeString(dir.resolve("b.csv"), "x"), "b.csv", Optional.of("json")));
        assertTrue(chosen.getMessage().contains("'json' is not installed"), chosen.getMessage());
    }

    @Test
    void aRunWhosePreviewFoundProblemsCannotBeCommitted() throws Exception {
        ImportRun refused = school.preview(file(AMIRA_BASELINE.replace("10/01/2025", "10/01/2026")));

        assertEquals(ImportStatus.REFUSED, refused.status());
        ValidationException e = assertThrows(ValidationException.class, () -> school.service.commit(OFFICE,
                refused.id()));
        assertTrue(e.getMessage().contains("correct the problems in the file"), e.getMessage());
    }

    @Test
    void theReportNeverLetsASpreadsheetRunACell() throws Exception {
        String formula = profile("", "", "=HYPERLINK(\"http://x\")", "+Smith", "01/01/2016", "10/01/2025", "Baseline",
                "50", "", "", "");

        ImportRun preview = school.preview(file(formula));
        String report = school.report(preview.id());

        assertTrue(report.startsWith("\uFEFFLine,Outcome"), report);
        assertTrue(report.contains("\"'+Smith\",\"'=HYPERLINK(\"\"http://x\"\")\""), report);
        for (String line : report.split("\r\n")) {
            for (String cell : line.split(",")) {
                String text = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertTrue(text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0, "unsafe cell " + cell);
            }
        }
    }

    @Test
    void reportCellsStartingAFormulaAreQuoted() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertEquals("'" + start + "1", ReportWriter.safe(start + "1"));
        }
        assertEquals("Amira", ReportWriter.safe("Amira"));
        assertEquals("", ReportWriter.safe(""));
    }

    @Test
    void reportListsEveryRowWithItsLine() throws Exception {
        ImportRun preview = school.preview(file(AMIRA_BASELINE, BEN_BEHAVIOUR, BEN_PLAN));

        String report = new String(school.report(preview.id()).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        assertTrue(report.contains("\r\n2,Would be added,Baseline profile,10/01/2025,p-1,"), report);
        assertTrue(report.contains("\r\n4,Would be added,Action plan,13/01/2025,p-2,"), report);
    }
}
