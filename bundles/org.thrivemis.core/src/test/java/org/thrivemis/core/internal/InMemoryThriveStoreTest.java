package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentScope;

/** The test store must honour rollback, or the "nothing else written" tests would prove nothing. */
class InMemoryThriveStoreTest {

    @Test
    void workThatThrowsLeavesNothing() {
        InMemoryThriveStore store = new InMemoryThriveStore();

        assertThrows(IllegalStateException.class, () -> store.write(tx -> {
            tx.consents().insert(ConsentReadingTest.recordOf("P-1", ConsentDecision.GIVEN, LocalDate.of(2025, 1, 1),
                    Instant.EPOCH, ConsentScope.ACTION_PLAN));
            throw new IllegalStateException("boom");
        }));

        assertEquals(List.of(), store.consents());
    }

    @Test
    void readWorkMayNotWrite() {
        InMemoryThriveStore store = new InMemoryThriveStore();

        assertThrows(IllegalStateException.class, () -> store.read(tx -> tx.consents().insert(
                ConsentReadingTest.recordOf("P-1", ConsentDecision.GIVEN, LocalDate.of(2025, 1, 1), Instant.EPOCH,
                        ConsentScope.ACTION_PLAN))));
    }
}
