package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.thrivemis.core.internal.FakeSchool.ADMIN;
import static org.thrivemis.core.internal.FakeSchool.AMY;
import static org.thrivemis.core.internal.FakeSchool.ASH_TEACHER;
import static org.thrivemis.core.internal.FakeSchool.BEN;
import static org.thrivemis.core.internal.FakeSchool.CAL;
import static org.thrivemis.core.internal.FakeSchool.DEV;
import static org.thrivemis.core.internal.FakeSchool.OAK_TEACHER;
import static org.thrivemis.core.internal.FakeSchool.OFFICE;
import static org.thrivemis.core.internal.FakeSchool.PRACTITIONER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.api.consent.Relationship;

/** ConsentService.status and states: who sees what, and that every read is audited. */
class ConsentReadingTest {
    private static final Instant NOW = Instant.parse("2025-03-10T09:30:00Z");

    private final InMemoryThriveStore store = new InMemoryThriveStore();
    private final FakeSchool school = new FakeSchool();
    private final ConsentServiceImpl service = new ConsentServiceImpl(store, school, school, FakeSchool.CLOCK);

    static ConsentRecord recordOf(String pupilId, ConsentDecision decision, LocalDate decidedOn, Instant recordedAt,
            ConsentScope... scopes) {
        return new ConsentRecord(0, pupilId, decision, Set.of(scopes), "Jo Adams", Relationship.PARENT, decidedOn,
                "", "S-OFF", "Fran Office", recordedAt);
    }

    @Test
    void statusGivesStatesAndHistoryNewestFirstAndIsAudited() {
        // stored oldest first (and the test store keeps insertion order): the service must sort
        ConsentRecord given = store.seed(recordOf(AMY, ConsentDecision.GIVEN, LocalDate.of(2025, 1, 15),
                Instant.parse("2025-01-15T10:00:00Z"), ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentScope.ACTION_PLAN));
        ConsentRecord withdrawn = store.seed(recordOf(AMY, ConsentDecision.WITHDRAWN, LocalDate.of(2025, 3, 1),
                Instant.parse("2025-03-01T10:00:00Z"), ConsentScope.INDIVIDUAL_ASSESSMENT));
        store.seed(recordOf(BEN, ConsentDecision.GIVEN, LocalDate.of(2025, 2, 1),
                Instant.parse("2025-02-01T10:00:00Z"), ConsentScope.ACTION_PLAN));

        ConsentStatus status = service.status(PRACTITIONER, AMY);

        assertEquals(List.of(withdrawn, given), status.history());
        assertEquals(Map.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentState.WITHDRAWN,
                ConsentScope.ACTION_PLAN, ConsentState.GIVEN), status.states());
        assertEquals(List.of(new AuditEntry(1, NOW, "S-PRA", "Pat Practitioner", "consent.read", AMY,
                "pupil record", AuditOutcome.ALLOWED)), store.audit());
    }

    @Test
    void teacherOfThePupilsClassSeesTheirStatus() {
        ConsentStatus status = service.status(OAK_TEACHER, AMY);

        assertEquals(ConsentState.NOT_RECORDED, status.states().get(ConsentScope.ACTION_PLAN));
        assertEquals(AuditOutcome.ALLOWED, store.audit().get(0).outcome());
    }

    @Test
    void teacherOfAnotherClassIsRefusedAndOnlyTheRefusalIsWritten() {
        assertThrows(AccessDeniedException.class, () -> service.status(ASH_TEACHER, AMY));

        assertEquals(List.of(new AuditEntry(1, NOW, "T-ASH", "Ash Ashworth", "consent.read", AMY,
                "pupil record", AuditOutcome.DENIED)), store.audit());
        assertEquals(List.of(), store.consents());
    }

    @Test
    void adminIsRefusedPupilData() {
        assertThrows(AccessDeniedException.class, () -> service.status(ADMIN, AMY));

        assertEquals(AuditOutcome.DENIED, store.audit().get(0).outcome());
        assertEquals(1, store.audit().size());
    }

    @Test
    void statusOfAnUnknownPupilIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.status(OFFICE, "P-NOBODY"));
        assertEquals(List.of(), store.audit());
    }

    @Test
    void statesLeavesOutAndAuditsThePupilsATeacherDoesNotTeach() {
        store.seed(recordOf(AMY, ConsentDecision.GIVEN, LocalDate.of(2025, 1, 15),
                Instant.parse("2025-01-15T10:00:00Z"), ConsentScope.INDIVIDUAL_ASSESSMENT));
        store.seed(recordOf(CAL, ConsentDecision.GIVEN, LocalDate.of(2025, 1, 15),
                Instant.parse("2025-01-15T10:00:00Z"), ConsentScope.INDIVIDUAL_ASSESSMENT));

        Map<String, Map<ConsentScope, ConsentState>> states = service.states(OAK_TEACHER, List.of(AMY, BEN, CAL, DEV));

        assertEquals(Set.of(AMY, BEN), states.keySet());
        assertEquals(ConsentState.GIVEN, states.get(AMY).get(ConsentScope.INDIVIDUAL_ASSESSMENT));
        assertEquals(ConsentState.NOT_RECORDED, states.get(AMY).get(ConsentScope.ACTION_PLAN));
        assertEquals(ConsentState.NOT_RECORDED, states.get(BEN).get(ConsentScope.INDIVIDUAL_ASSESSMENT));
        assertEquals(List.of(
                new AuditEntry(1, NOW, "T-OAK", "Olive Oakley", "consent.read", AMY, "class view", AuditOutcome.ALLOWED),
                new AuditEntry(2, NOW, "T-OAK", "Olive Oakley", "consent.read", BEN, "class view", AuditOutcome.ALLOWED),
                new AuditEntry(3, NOW, "T-OAK", "Olive Oakley", "consent.read", CAL, "class view", AuditOutcome.DENIED),
                new AuditEntry(4, NOW, "T-OAK", "Olive Oakley", "consent.read", DEV, "class view", AuditOutcome.DENIED)),
                store.audit());
    }

    @Test
    void statesReadsTheStoreOnceAndAsksTheDirectoryOncePerClassNotPerPupil() {
        service.states(OAK_TEACHER, List.of(AMY, BEN, CAL, DEV));

        assertEquals(1, store.historiesCalls);
        assertEquals(1, store.writes, "one transaction for the read and its audit batch");
        assertEquals(1, school.calls("enrollments"));
        assertEquals(0, school.calls("classesOf"));
    }

    @Test
    void statesForOfficeCoversEveryPupilAsked() {
        Map<String, Map<ConsentScope, ConsentState>> states = service.states(OFFICE, List.of(AMY, CAL));

        assertEquals(Set.of(AMY, CAL), states.keySet());
        assertEquals(List.of(AuditOutcome.ALLOWED, AuditOutcome.ALLOWED),
                store.audit().stream().map(AuditEntry::outcome).toList());
    }

    @Test
    void statesForAdminReturnsNothingAndAuditsEveryRefusal() {
        assertEquals(Map.of(), service.states(ADMIN, List.of(AMY, BEN)));

        assertEquals(List.of(AuditOutcome.DENIED, AuditOutcome.DENIED),
                store.audit().stream().map(AuditEntry::outcome).toList());
        assertEquals(0, store.historiesCalls, "no consent data read for a refusal");
    }

    @Test
    void whetherAnyConsentIsRecordedReadsNoPupilAndWritesNoAuditEntry() {
        assertEquals(false, service.anyRecorded(), "a new installation");
        service.record(OFFICE, AMY, ConsentRequestValidatorTest.valid());
        int entries = store.audit().size();

        assertEquals(true, service.anyRecorded());
        assertEquals(entries, store.audit().size(), "a system-level question: nobody's record was read");
    }
}
