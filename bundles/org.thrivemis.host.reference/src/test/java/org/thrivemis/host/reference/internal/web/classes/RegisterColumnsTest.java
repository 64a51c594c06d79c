package org.thrivemis.host.reference.internal.web.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.thrivemis.host.reference.internal.web.Contribution;
import org.thrivemis.host.reference.internal.web.FakeServiceReference;
import org.thrivemis.mis.api.ClassViewColumn;
import org.thrivemis.mis.api.ColumnCell;
import org.thrivemis.mis.api.ColumnRequest;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.Viewer;

class RegisterColumnsTest {

    private final List<Pupil> pupils = List.of(
            new Pupil("P0001", Optional.empty(), "Ava", "Smith", LocalDate.of(2018, 10, 1), "3"),
            new Pupil("P0002", Optional.empty(), "Leo", "Jones", LocalDate.of(2019, 2, 1), "3"));
    private final ColumnRequest request = new ColumnRequest(
            new Viewer("S002", "James Whitaker", Set.of("teacher"), Set.of("thrive.view")),
            new SchoolClass("year-3-oak", "Year 3 Oak", "3", List.of("S002")), pupils, Locale.UK);
    private final List<String> log = new ArrayList<>();

    private static Contribution<ClassViewColumn> column(String id, ClassViewColumn column) {
        return new Contribution<>(id, 10, "thrive.view", new FakeServiceReference<>(Map.of()), column);
    }

    @Test
    void eachColumnIsAskedOnceForTheWholeClass() {
        AtomicInteger calls = new AtomicInteger();
        ClassViewColumn strand = new ClassViewColumn() {
            @Override
            public String header(Locale locale) {
                return "Strand";
            }

            @Override
            public Map<String, ColumnCell> cells(ColumnRequest r) {
                calls.incrementAndGet();
                assertEquals(2, r.pupils().size());
                return Map.of("P0001", new ColumnCell("<b>Doing</b>", "doing"));
            }
        };
        List<RegisterColumns.Filled> filled = RegisterColumns.fill(List.of(column("strand", strand)), request, log::add);
        assertEquals(1, calls.get());
        assertEquals("Strand", filled.get(0).header());
        assertEquals("<b>Doing</b>", filled.get(0).cellFor("P0001"));
        assertEquals("", filled.get(0).cellFor("P0002"), "a pupil without a cell gets an empty one");
    }

    @Test
    void aFailingColumnShowsUnavailableAndIsLogged() {
        ClassViewColumn broken = new ClassViewColumn() {
            @Override
            public String header(Locale locale) {
                return "Broken";
            }

            @Override
            public Map<String, ColumnCell> cells(ColumnRequest r) {
                throw new IllegalStateException("database down");
            }
        };
        List<RegisterColumns.Filled> filled = RegisterColumns.fill(List.of(column("broken", broken)), request, log::add);
        assertTrue(filled.get(0).cellFor("P0001").contains("Unavailable"));
        assertTrue(filled.get(0).cellFor("P0002").contains("Unavailable"));
        assertTrue(log.get(0).contains("broken") && log.get(0).contains("database down"), log.toString());
    }

    @Test
    void theRegisterShowsTheWeekContainingTodayOrTheWeekJustGone() {
        assertEquals(LocalDate.of(2026, 11, 16), RegisterWeek.containing(LocalDate.of(2026, 11, 18)).monday());
        assertEquals(LocalDate.of(2026, 11, 16), RegisterWeek.containing(LocalDate.of(2026, 11, 22)).monday(), "Sunday");
        assertEquals(LocalDate.of(2026, 11, 20), RegisterWeek.containing(LocalDate.of(2026, 11, 21)).friday(), "Saturday");
    }
}
