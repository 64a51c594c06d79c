package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.thrivemis.core.internal.FakeSchool.ADMIN;
import static org.thrivemis.core.internal.FakeSchool.AMY;
import static org.thrivemis.core.internal.FakeSchool.BEN;
import static org.thrivemis.core.internal.FakeSchool.OFFICE;
import static org.thrivemis.core.internal.FakeSchool.PRACTITIONER;
import static org.thrivemis.core.internal.FakeSchool.SENIOR_LEAD;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.audit.AuditQuery;

class AuditLogImplTest {
    private static final Instant NOW = Instant.parse("2025-03-10T09:30:00Z");

    private final InMemoryThriveStore store = new InMemoryThriveStore();
    private final FakeSchool school = new FakeSchool();
    private final ConsentServiceImpl consent = new ConsentServiceImpl(store, school, school, FakeSchool.CLOCK);
    private final AuditLogImpl log = new AuditLogImpl(store, school, FakeSchool.CLOCK);

    @Test
    void seniorLeadFindsAPupilsTrailAndTheSearchIsAuditedWithThePupil() {
        consent.status(OFFICE, AMY);
        consent.status(OFFICE, BEN);

        List<AuditEntry> found = log.search(SENIOR_LEAD, AuditQuery.forPupil(AMY, 50));

        assertEquals(List.of("S-OFF consent.read " + AMY), found.stream()
                .map(e -> e.actorId() + " " + e.action() + " " + e.pupilId()).toList());
        AuditEntry last = store.audit().get(store.audit().size() - 1);
        assertEquals(new AuditEntry(3, NOW, "S-SEN", "Sam Senior", "audit.search", AMY,
                "search: pupil P-AMY, limit 50", AuditOutcome.ALLOWED), last);
    }

    @Test
    void adminMaySearchAndASearchNamingNoPupilIsAuditedWithoutOne() {
        AuditQuery byAction = new AuditQuery(Optional.empty(), Optional.empty(), Optional.of("consent.read"),
                Optional.empty(), Optional.empty(), 20);

        log.search(ADMIN, byAction);

        AuditEntry entry = store.audit().get(0);
        assertEquals("audit.search", entry.action());
        assertEquals("", entry.pupilId());
        assertEquals("search: action consent.read, limit 20", entry.detail());
    }

    @Test
    void aPractitionerIsRefusedAndOnlyTheRefusalIsWritten() {
        assertThrows(AccessDeniedException.class, () -> log.search(PRACTITIONER, AuditQuery.forPupil(AMY, 50)));

        assertEquals(List.of(new AuditEntry(1, NOW, "S-PRA", "Pat Practitioner", "audit.search", AMY,
                "search: pupil P-AMY, limit 50", AuditOutcome.DENIED)), store.audit());
    }

    @Test
    void aLimitOutOfRangeIsRefusedWithTheFieldNamed() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> log.search(SENIOR_LEAD, AuditQuery.forPupil(AMY, 0)));

        assertEquals("limit", e.problems().get(0).field());
        assertEquals("Number of entries must be between 1 and 1000", e.problems().get(0).message());
        assertEquals(List.of(), store.audit());
    }
}
