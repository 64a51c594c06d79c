package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.thrivemis.core.internal.FakeSchool.AMY;
import static org.thrivemis.core.internal.FakeSchool.OFFICE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;

/**
 * "Not in the future" follows the product's Clock service when one is registered (a host's demo
 * date, a benchmark's fixed day), as the class-view columns do, and the system clock otherwise.
 */
class ProductClockTest {
    /** The product's day: 10 March 2025, long before the machine's. */
    private static final Clock PRODUCT = FakeSchool.CLOCK;
    private final InMemoryThriveStore store = new InMemoryThriveStore();
    private final FakeSchool school = new FakeSchool();
    /** Built as DS builds it, with the bundle's one HostClock, which is given the Clock service as DS binds it. */
    private final HostClock clock = new HostClock();
    private final ConsentServiceImpl service = new ConsentServiceImpl(store, school, school, clock);

    private static ConsentRequest decidedOn(LocalDate day) {
        return new ConsentRequest(ConsentDecision.GIVEN, Set.of(ConsentScope.ACTION_PLAN), "Jo Adams",
                Relationship.PARENT, day, "");
    }

    @Test
    void aDecisionAfterTheProductsTodayIsRefusedThoughTheMachinesDayIsLater() {
        clock.use(PRODUCT);

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.record(OFFICE, AMY, decidedOn(LocalDate.of(2025, 3, 11))));

        assertEquals("Date the decision was made must be today or in the past", e.problems().get(0).message());
        assertEquals(List.of(), store.consents());
        ConsentRecord today = service.record(OFFICE, AMY, decidedOn(LocalDate.of(2025, 3, 10)));
        assertEquals(Instant.parse("2025-03-10T09:30:00Z"), today.recordedAt(), "recorded at the product's time too");
    }

    @Test
    void withoutAClockServiceTheSystemClockDecides() {
        clock.use(PRODUCT);
        clock.release(PRODUCT);

        ConsentRecord saved = service.record(OFFICE, AMY, decidedOn(LocalDate.of(2025, 3, 11)));

        assertEquals(LocalDate.of(2025, 3, 11), saved.decidedOn());
        assertEquals(LocalDate.now(), saved.recordedAt().atZone(ZoneId.systemDefault()).toLocalDate());
    }

    @Test
    void aNewerClockServiceIsKeptWhenTheOldOneGoes() {
        HostClock clock = new HostClock(Clock.systemUTC());
        Clock later = Clock.fixed(Instant.parse("2027-07-09T11:00:00Z"), ZoneId.of("Europe/London"));
        clock.use(PRODUCT);
        clock.use(later);
        clock.release(PRODUCT);

        assertEquals(LocalDate.of(2027, 7, 9), LocalDate.now(clock));
        assertEquals(ZoneId.of("Europe/London"), clock.getZone());
        clock.release(later);
        assertEquals(Clock.systemUTC().getZone(), clock.getZone());
    }
}
