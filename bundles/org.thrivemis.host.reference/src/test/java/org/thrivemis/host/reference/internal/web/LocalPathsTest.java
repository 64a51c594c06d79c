package org.thrivemis.host.reference.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocalPathsTest {

    @Test
    void onlyPathsOnThisServerAreLocal() {
        assertTrue(LocalPaths.isLocal("/pupils"));
        assertTrue(LocalPaths.isLocal("/pupils/P0001?tab=thrive&x=1"));
        assertFalse(LocalPaths.isLocal("https://evil.example/"));
        assertFalse(LocalPaths.isLocal("//evil.example/pupils"));
        assertFalse(LocalPaths.isLocal("/\\evil.example"));
        assertFalse(LocalPaths.isLocal("pupils"));
        assertFalse(LocalPaths.isLocal("/pupils\r\nSet-Cookie: x=1"));
        assertFalse(LocalPaths.isLocal(""));
        assertFalse(LocalPaths.isLocal(null));
    }

    @Test
    void encodingSuitsPathsAndQueries() {
        assertEquals("Year%203%20Oak%2F%3F", LocalPaths.encode("Year 3 Oak/?"));
    }

    @Test
    void datesAreWrittenTheGovUkWay() {
        assertEquals("3 March 2019", UkDates.date(java.time.LocalDate.of(2019, 3, 3)));
        assertEquals("Monday 16 November 2026", UkDates.withWeekday(java.time.LocalDate.of(2026, 11, 16)));
    }
}
