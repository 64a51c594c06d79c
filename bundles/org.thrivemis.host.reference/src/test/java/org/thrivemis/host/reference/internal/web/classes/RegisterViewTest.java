package org.thrivemis.host.reference.internal.web.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.mis.api.ColumnCell;
import org.thrivemis.mis.api.Pupil;

class RegisterViewTest {

    private final Pupil ava = pupil("P1", "Ava", "Adams");
    private final Pupil ben = pupil("P2", "Ben", "Brown");
    private final Pupil cat = pupil("P3", "Cat", "Cole");
    private final List<Pupil> roll = List.of(ava, ben, cat);

    private final RegisterColumns.Filled stage = new RegisterColumns.Filled("thrive-stage", "Stage", cells(Map.of(
            "P1", new ColumnCell("Doing", "3", Set.of("below")),
            "P2", new ColumnCell("Being", "1", Set.of("below", "baseline")),
            "P3", new ColumnCell("", ""))), Map.of("below", "Below age-expected stage"));
    private final RegisterColumns.Filled attendance = new RegisterColumns.Filled("thrive-attendance", "Attendance",
            cells(Map.of("P1", new ColumnCell("95%", "095.0"), "P2", new ColumnCell("85%", "085.0", Set.of("pa")),
                    "P3", new ColumnCell("80%", "080.0", Set.of("pa")))), Map.of("pa", "Attendance under 90%"));
    private final List<RegisterColumns.Filled> columns = List.of(stage, attendance);

    @Test
    void defaultIsRollOrderWithEveryone() {
        RegisterView view = RegisterView.of(null, null, null);
        assertEquals(roll, view.apply(roll, Map.of(), columns));
        assertEquals("ascending", view.ariaSort("pupil"));
        assertEquals("?sort=pupil&order=desc", view.sortHref("pupil"), "a second click reverses");
    }

    @Test
    void sortsByAColumnsKeysWithEmptyKeysLastEitherWay() {
        assertEquals(List.of(ben, ava, cat), RegisterView.of("thrive-stage", "asc", null).apply(roll, Map.of(), columns));
        assertEquals(List.of(ava, ben, cat), RegisterView.of("thrive-stage", "desc", null).apply(roll, Map.of(), columns));
        assertEquals(List.of(cat, ben, ava), RegisterView.of("week", "asc", null)
                .apply(roll, Map.of("P1", 100.0, "P2", 90.0, "P3", 50.0), columns));
    }

    @Test
    void filtersCombineAndKeepOnlyPupilsMatchingEvery() {
        // "pupils below age-expected stage with attendance under 90%"
        RegisterView view = RegisterView.of("pupil", "asc", new String[] {"thrive-stage:below", "thrive-attendance:pa"});
        assertEquals(List.of(ben), view.apply(roll, Map.of(), columns));
        assertEquals("?sort=thrive-attendance&order=asc&filter=thrive-attendance%3Apa&filter=thrive-stage%3Abelow",
                view.sortHref("thrive-attendance"), "sorting keeps the filters");
    }

    @Test
    void aFilterOrSortOfAColumnNoLongerOnThePageIsIgnored() {
        RegisterView view = RegisterView.of("gone", "asc", new String[] {"gone:x", "nonsense"});
        assertEquals(roll, view.apply(roll, Map.of(), columns));
        assertEquals(Set.of(), view.effectiveFilters(columns));
    }

    private static Map<String, ColumnCell> cells(Map<String, ColumnCell> cells) {
        return new LinkedHashMap<>(cells);
    }

    private static Pupil pupil(String id, String given, String family) {
        return new Pupil(id, Optional.empty(), given, family, LocalDate.of(2018, 10, 1), "3");
    }
}
