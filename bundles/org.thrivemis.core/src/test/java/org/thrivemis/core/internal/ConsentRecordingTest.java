package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.core.internal.FakeSchool.AMY;
import static org.thrivemis.core.internal.FakeSchool.OAK_TEACHER;
import static org.thrivemis.core.internal.FakeSchool.OFFICE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.api.store.StoreException;

/** ConsentService.record: validation, access, and the record and its audit stored together. */
class ConsentRecordingTest {
    private final InMemoryThriveStore store = new InMemoryThriveStore();
    private final FakeSchool school = new FakeSchool();
    private final ConsentServiceImpl service = new ConsentServiceImpl(store, school, school, FakeSchool.CLOCK);

    @Test
    void officeRecordsADecisionAndItIsAuditedWithWhoAndWhen() {
        ConsentRecord saved = service.record(OFFICE, AMY, ConsentRequestValidatorTest.valid());

        assertEquals(List.of(saved), store.consents());
        assertEquals("S-OFF", saved.recordedById());
        assertEquals("Fran Office", saved.recordedByName());
        assertEquals(Instant.parse("2025-03-10T09:30:00Z"), saved.recordedAt());
        assertEquals(List.of(new AuditEntry(1, Instant.parse("2025-03-10T09:30:00Z"), "S-OFF", "Fran Office",
                "consent.record", AMY, "record 1: Given (Individual Thrive profiles) on 2025-03-03",
                AuditOutcome.ALLOWED)), store.audit());
        assertEquals(1, store.writes, "record and audit in one transaction");
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsStored() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> service.record(OFFICE, AMY, new ConsentRequest(null, Set.of(), "", null, null, "")));

        assertEquals(List.of("decision", "scopes", "personName", "relationship", "decidedOn"),
                e.problems().stream().map(p -> p.field()).toList());
        assertEquals(List.of(), store.consents());
        assertEquals(List.of(), store.audit());
    }

    @Test
    void aDecisionDatedTomorrowIsRefused() {
        ConsentRequest tomorrow = new ConsentRequest(ConsentDecision.GIVEN, Set.of(ConsentScope.ACTION_PLAN),
                "Jo Adams", Relationship.PARENT, LocalDate.of(2025, 3, 11), "");

        ValidationException e = assertThrows(ValidationException.class, () -> service.record(OFFICE, AMY, tomorrow));

        assertEquals("Date the decision was made must be today or in the past", e.problems().get(0).message());
        assertEquals(List.of(), store.consents());
    }

    @Test
    void aTeacherIsRefusedAndOnlyTheRefusalIsWritten() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> service.record(OAK_TEACHER, AMY, ConsentRequestValidatorTest.valid()));

        assertTrue(e.getMessage().contains("does not let you record parental consent"), e.getMessage());
        assertEquals(List.of(), store.consents());
        List<AuditEntry> audit = store.audit();
        assertEquals(1, audit.size());
        assertEquals("consent.record", audit.get(0).action());
        assertEquals(AMY, audit.get(0).pupilId());
        assertEquals("T-OAK", audit.get(0).actorId());
        assertEquals(AuditOutcome.DENIED, audit.get(0).outcome());
    }

    @Test
    void anUnknownPupilIsNotFoundAndNothingIsWritten() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> service.record(OFFICE, "P-NOBODY", ConsentRequestValidatorTest.valid()));

        assertTrue(e.getMessage().contains("'P-NOBODY'"), e.getMessage());
        assertEquals(List.of(), store.consents());
        assertEquals(List.of(), store.audit());
    }

    @Test
    void whenTheAuditCannotBeWrittenTheRecordIsNotKeptEither() {
        store.failAuditAppends = true;

        assertThrows(StoreException.class, () -> service.record(OFFICE, AMY, ConsentRequestValidatorTest.valid()));

        assertEquals(List.of(), store.consents(), "the insert was rolled back with the failed audit");
    }
}
