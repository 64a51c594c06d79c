package org.thrivemis.core.internal.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.dataprotection.ErasureGround;
import org.thrivemis.api.dataprotection.ErasureReport;
import org.thrivemis.api.dataprotection.ErasureRequest;
import org.thrivemis.api.dataprotection.HeldPupilDetails;
import org.thrivemis.api.dataprotection.Requester;
import org.thrivemis.api.dataprotection.RetentionAction;
import org.thrivemis.api.dataprotection.RetentionCandidate;
import org.thrivemis.api.dataprotection.RetentionPlan;
import org.thrivemis.api.dataprotection.RetentionProgress;
import org.thrivemis.api.dataprotection.RetentionResult;
import org.thrivemis.api.dataprotection.SubjectAccessRecord;

/** Who may export, erase and run retention; what is audited; what an erasure request must say. */
class DataProtectionServiceImplTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), LONDON);
    static final Actor ADMIN = new Actor("S-ADM", "Ada Admin", Set.of(ThriveRole.ADMIN));
    static final Actor SENIOR = new Actor("S-SEN", "Sam Senior", Set.of(ThriveRole.SENIOR_LEAD));
    static final Actor TEACHER = new Actor("T-OAK", "Olive Oakley", Set.of(ThriveRole.TEACHER));
    static final String ZOE = FakeDirectory.ZOE.id();

    record Config(int years, RetentionAction action, int intervalHours) implements RetentionConfig {
        @Override
        public Class<? extends Annotation> annotationType() {
            return RetentionConfig.class;
        }
    }

    private final FakeStore store = new FakeStore();

    private DataProtectionServiceImpl service(RetentionAction action) {
        FakeDirectory host = new FakeDirectory();
        return new DataProtectionServiceImpl(store, host, host, new Config(6, action, 0), CLOCK);
    }

    private static ErasureRequest request(String reference) {
        return new ErasureRequest(reference, Requester.PARENT_OR_CARER, ErasureGround.CONSENT_WITHDRAWN,
                LocalDate.of(2026, 11, 2));
    }

    @Test
    void aSeniorLeadExportsTheRecordWithWhoSawItAndTheExportIsAudited() {
        store.audit.add(new AuditEntry(1, Instant.parse("2026-10-01T09:00:00Z"), "T-OAK", "Olive Oakley",
                "profile.read", ZOE, "pupil record", AuditOutcome.ALLOWED));

        SubjectAccessRecord record = service(RetentionAction.ARCHIVE).subjectAccess(SENIOR, ZOE);

        assertEquals(List.of("Olive Oakley"), record.accesses().stream().map(AuditEntry::actorName).toList(),
                "the audit as it was before this export");
        assertEquals("Sam Senior", record.generatedBy());
        AuditEntry last = store.audit.get(store.audit.size() - 1);
        assertEquals(List.of("dataprotection.subject-access", ZOE, "S-SEN", "ALLOWED"),
                List.of(last.action(), last.pupilId(), last.actorId(), last.outcome().name()));
    }

    @Test
    void aTeacherMayNotExportAndTheRefusalIsAudited() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> service(RetentionAction.ARCHIVE).subjectAccess(TEACHER, ZOE));

        assertTrue(e.getMessage().contains("Senior lead, Administrator"), e.getMessage());
        assertEquals(AuditOutcome.DENIED, store.audit.get(0).outcome());
    }

    @Test
    void anUnknownPupilWithNothingHeldIsNotFound() {
        assertThrows(NotFoundException.class, () -> service(RetentionAction.ARCHIVE).subjectAccess(SENIOR, "P-NOBODY"));
    }

    @Test
    void anErasureLeavesOneEntryUnderARandomTokenNamingOnlyTheRequest() {
        ErasureReport report = service(RetentionAction.ARCHIVE).erase(ADMIN, ZOE, request("DPO-2026-014"));

        assertEquals(List.of(ZOE + "->" + report.token()), store.erased);
        assertTrue(report.token().matches("erased-[0-9a-f]{32}"), report.token());
        assertEquals(5, report.totalRows());
        assertEquals(1, store.audit.size());
        AuditEntry entry = store.audit.get(0);
        assertEquals(report.token(), entry.pupilId());
        assertEquals("dataprotection.erase", entry.action());
        assertEquals("erasure under request DPO-2026-014 (asked by parent or carer on 2026-11-02; ground: consent"
                + " withdrawn (Art. 17(1)(b))): 5 rows in 2 tables", entry.detail());
        assertFalse(entry.detail().contains("Zoe") || entry.detail().contains(ZOE));
    }

    @Test
    void twoErasuresNeverShareAToken() {
        DataProtectionServiceImpl service = service(RetentionAction.ARCHIVE);
        String first = service.erase(ADMIN, ZOE, request("DPO-1")).token();
        String second = service.erase(ADMIN, ZOE, request("DPO-2")).token();
        assertFalse(first.equals(second));
    }

    @Test
    void onlyAnAdminErases() {
        assertThrows(AccessDeniedException.class, () -> service(RetentionAction.ARCHIVE).erase(SENIOR, ZOE, request("DPO-1")));

        assertEquals(List.of(), store.erased);
        assertEquals("dataprotection.erase", store.audit.get(0).action());
        assertEquals(AuditOutcome.DENIED, store.audit.get(0).outcome());
    }

    @Test
    void aReferenceThatNamesThePupilOrAFutureDateIsRefusedAndNothingIsErased() {
        store.held.add(new HeldPupilDetails("csv", ZOE, "", "Zoe", "Quillington", Optional.empty(), List.of(),
                Optional.empty()));
        ErasureRequest bad = new ErasureRequest("DPO-quillington-1", Requester.PUPIL, ErasureGround.OBJECTION,
                LocalDate.of(2026, 12, 1));

        ValidationException e = assertThrows(ValidationException.class,
                () -> service(RetentionAction.ARCHIVE).erase(ADMIN, ZOE, bad));

        assertEquals(List.of("reference", "receivedOn"), e.problems().stream().map(p -> p.field()).toList());
        assertTrue(e.problems().get(0).message().contains("must not contain the pupil's id, UPN or name"));
        assertEquals(List.of(), store.erased);
        assertEquals(List.of(), store.audit);
    }

    @Test
    void aBlankOrOddReferenceSaysWhatToEnter() {
        ValidationException blank = assertThrows(ValidationException.class,
                () -> service(RetentionAction.ARCHIVE).erase(ADMIN, ZOE, request("  ")));
        ValidationException odd = assertThrows(ValidationException.class,
                () -> service(RetentionAction.ARCHIVE).erase(ADMIN, ZOE, request("DPO 14; drop")));

        assertTrue(blank.problems().get(0).message().startsWith("Enter the reference"));
        assertTrue(odd.problems().get(0).message().startsWith("Reference may only contain"));
    }

    @Test
    void theDryRunAsksForPupilsWhoLeftMoreThanTheConfiguredYearsAgoAndChangesNothing() {
        store.due.add(new RetentionCandidate("P-OLD", "Old Leaver", LocalDate.of(2019, 7, 19)));

        RetentionPlan plan = service(RetentionAction.ERASE).retentionPlan(SENIOR);

        assertEquals(LocalDate.of(2020, 11, 20), plan.leftBefore());
        assertEquals(LocalDate.of(2020, 11, 20).atStartOfDay(LONDON).toInstant(), store.askedCutoff);
        assertEquals(List.of("P-OLD"), plan.pupils().stream().map(RetentionCandidate::pupilId).toList());
        assertEquals(List.of(), store.erased);
        assertEquals(List.of("", "P-OLD"), store.audit.stream().map(AuditEntry::pupilId).toList());
    }

    @Test
    void aRunArchivesEachDuePupilUnderItsOwnTokenAndOnlyAdminsRunIt() {
        store.due.add(new RetentionCandidate("P-OLD", "Old Leaver", LocalDate.of(2019, 7, 19)));
        store.due.add(new RetentionCandidate("P-OLDER", "Older Leaver", LocalDate.of(2018, 7, 20)));
        assertThrows(AccessDeniedException.class, () -> service(RetentionAction.ARCHIVE).applyRetention(SENIOR));

        RetentionResult result = service(RetentionAction.ARCHIVE).applyRetention(ADMIN);

        assertEquals(2, result.reports().size());
        assertEquals(List.of("P-OLD->" + result.reports().get(0).token(), "P-OLDER->" + result.reports().get(1).token()),
                store.archived);
        assertTrue(result.reports().get(0).token().startsWith("archived-"));
        assertEquals("retention-2026-11-20", result.reports().get(0).reference());
        List<AuditEntry> runs = store.audit.stream().filter(e -> e.action().equals("dataprotection.retention.run")).toList();
        assertEquals(4, runs.size(), "a refusal, one per pupil, and the summary");
        assertTrue(runs.stream().noneMatch(e -> e.pupilId().startsWith("P-") || e.detail().contains("Leaver")));
    }

    @Test
    void aRunStartedFromThePageCountsPupilByPupilAndASecondStartFollowsTheSameRun() throws Exception {
        store.due.add(new RetentionCandidate("P-OLD", "Old Leaver", LocalDate.of(2019, 7, 19)));
        store.due.add(new RetentionCandidate("P-OLDER", "Older Leaver", LocalDate.of(2018, 7, 20)));
        DataProtectionServiceImpl service = service(RetentionAction.ERASE);
        java.util.concurrent.CountDownLatch firstDone = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch goOn = new java.util.concurrent.CountDownLatch(1);
        service.afterEachPupil = () -> {
            firstDone.countDown();
            try {
                goOn.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        try {
            assertTrue(service.retentionProgress(SENIOR).isEmpty(), "no run yet");
            assertThrows(AccessDeniedException.class, () -> service.startRetention(SENIOR));

            RetentionProgress started = service.startRetention(ADMIN);
            assertEquals(2, started.total());
            assertTrue(firstDone.await(10, java.util.concurrent.TimeUnit.SECONDS));

            RetentionProgress half = service.retentionProgress(SENIOR).orElseThrow();
            assertTrue(half.running());
            assertEquals(1, half.done());
            assertEquals(50, half.percent());
            assertEquals("Ada Admin", half.startedBy());
            RetentionProgress again = service.startRetention(ADMIN);
            assertEquals(started.startedAt(), again.startedAt(), "a second press follows the run going");
            assertTrue(again.running());
            assertThrows(IllegalStateException.class, () -> service.applyRetention(ADMIN),
                    "the schedule does not start a second run alongside");
            assertEquals(1, store.erased.size(), "the second pupil waits for the first run: " + store.erased);

            goOn.countDown();
            RetentionProgress end = await(service);
            assertEquals(2, end.done());
            assertEquals(100, end.percent());
            assertTrue(end.failure().isEmpty());
            assertEquals(2, store.erased.size());
            assertTrue(store.audit.stream().anyMatch(e -> e.detail().startsWith("retention run retention-2026-11-20: 2")),
                    "the run's summary is audited");
            assertThrows(AccessDeniedException.class, () -> service.retentionProgress(TEACHER));
        } finally {
            goOn.countDown();
            service.stop();
        }
    }

    @Test
    void aRunThatFailsPartWaySaysHowFarItGotAndWhatToDo() throws Exception {
        store.due.add(new RetentionCandidate("P-OLD", "Old Leaver", LocalDate.of(2019, 7, 19)));
        store.due.add(new RetentionCandidate("P-OLDER", "Older Leaver", LocalDate.of(2018, 7, 20)));
        DataProtectionServiceImpl service = service(RetentionAction.ERASE);
        service.afterEachPupil = () -> {
            throw new org.thrivemis.api.store.StoreException("database went away", null);
        };
        try {
            service.startRetention(ADMIN);
            RetentionProgress end = await(service);

            assertEquals(1, end.done());
            assertTrue(end.failure().orElseThrow().contains("after 1 of 2 pupils"), end.failure().toString());
            assertTrue(end.failure().orElseThrow().contains("Run the policy again"), end.failure().toString());
        } finally {
            service.stop();
        }
    }

    private static RetentionProgress await(DataProtectionServiceImpl service) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < end) {
            RetentionProgress p = service.retentionProgress(ADMIN).orElseThrow();
            if (!p.running()) {
                return p;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the retention run did not finish");
    }
}
