package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.thrivemis.core.internal.FakeSchool.AMY;
import static org.thrivemis.core.internal.FakeSchool.OFFICE;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.Relationship;

/** The consent gate, and which decision is current when several are recorded. */
class ConsentGateTest {
    private final InMemoryThriveStore store = new InMemoryThriveStore();
    private final FakeSchool school = new FakeSchool();
    private final ConsentServiceImpl service = new ConsentServiceImpl(store, school, school, FakeSchool.CLOCK);

    private ConsentRecord decide(ConsentDecision decision, LocalDate on, ConsentScope... scopes) {
        return service.record(OFFICE, AMY,
                new ConsentRequest(decision, Set.of(scopes), "Jo Adams", Relationship.PARENT, on, ""));
    }

    @Test
    void withNothingRecordedTheGateRefusesAndSaysWhatToDo() {
        ConsentRequiredException e = assertThrows(ConsentRequiredException.class,
                () -> service.requireConsent(AMY, ConsentScope.INDIVIDUAL_ASSESSMENT));

        assertEquals(ConsentScope.INDIVIDUAL_ASSESSMENT, e.scope());
        assertEquals("Parental consent for individual thrive profiles is not recorded for pupil P-AMY:"
                + " record consent on the pupil's Thrive tab first", e.getMessage());
    }

    @Test
    void givenConsentOpensTheGateForItsScopeOnly() {
        decide(ConsentDecision.GIVEN, LocalDate.of(2025, 2, 3), ConsentScope.INDIVIDUAL_ASSESSMENT);

        assertDoesNotThrow(() -> service.requireConsent(AMY, ConsentScope.INDIVIDUAL_ASSESSMENT));
        assertThrows(ConsentRequiredException.class, () -> service.requireConsent(AMY, ConsentScope.ACTION_PLAN));
    }

    @Test
    void aWithdrawalAfterConsentClosesTheGate() {
        decide(ConsentDecision.GIVEN, LocalDate.of(2025, 2, 3), ConsentScope.INDIVIDUAL_ASSESSMENT,
                ConsentScope.ACTION_PLAN);
        decide(ConsentDecision.WITHDRAWN, LocalDate.of(2025, 3, 7), ConsentScope.INDIVIDUAL_ASSESSMENT);

        assertEquals(ConsentState.WITHDRAWN,
                service.status(OFFICE, AMY).states().get(ConsentScope.INDIVIDUAL_ASSESSMENT));
        ConsentRequiredException e = assertThrows(ConsentRequiredException.class,
                () -> service.requireConsent(AMY, ConsentScope.INDIVIDUAL_ASSESSMENT));
        assertEquals("Parental consent for individual thrive profiles is withdrawn for pupil P-AMY:"
                + " record consent on the pupil's Thrive tab first", e.getMessage());
        // the withdrawal named one scope; the other stays given
        assertDoesNotThrow(() -> service.requireConsent(AMY, ConsentScope.ACTION_PLAN));
    }

    @Test
    void theLaterDecisionWinsEvenWhenAnOlderFormIsEnteredAfterIt() {
        // the withdrawal is keyed in first; last month's signed consent form turns up afterwards
        ConsentRecord withdrawal = decide(ConsentDecision.WITHDRAWN, LocalDate.of(2025, 3, 7),
                ConsentScope.ACTION_PLAN);
        ConsentRecord olderConsent = decide(ConsentDecision.GIVEN, LocalDate.of(2025, 2, 3),
                ConsentScope.ACTION_PLAN);

        assertEquals(ConsentState.WITHDRAWN, service.status(OFFICE, AMY).states().get(ConsentScope.ACTION_PLAN));
        assertEquals(List.of(withdrawal, olderConsent), service.status(OFFICE, AMY).history());
        assertThrows(ConsentRequiredException.class, () -> service.requireConsent(AMY, ConsentScope.ACTION_PLAN));
    }

    @Test
    void aLaterConsentAfterAWithdrawalReopensTheGate() {
        decide(ConsentDecision.WITHDRAWN, LocalDate.of(2025, 2, 3), ConsentScope.ACTION_PLAN);
        decide(ConsentDecision.GIVEN, LocalDate.of(2025, 3, 7), ConsentScope.ACTION_PLAN);

        assertDoesNotThrow(() -> service.requireConsent(AMY, ConsentScope.ACTION_PLAN));
    }
}
