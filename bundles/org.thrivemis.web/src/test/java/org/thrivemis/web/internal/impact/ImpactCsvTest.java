package org.thrivemis.web.internal.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV download: what a spreadsheet shows, and that a cell cannot run as a formula. */
class ImpactCsvTest {

    @Test
    void cellsAFormulaWouldStartWithGetASingleQuote() {
        for (String bad : List.of("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx")) {
            assertEquals("'" + bad, ImpactCsv.safe(bad), bad);
        }
        assertEquals("Year 3 Oak", ImpactCsv.safe("Year 3 Oak"));
        assertEquals("", ImpactCsv.safe(""));
    }

    @Test
    void oneLinePerRowWithTheFiguresAndAFormulaNameDefused() {
        ImpactRow school = new ImpactRow("School", "Whole school", 2, 3,
                Map.of(Phase.BEFORE, new Figure(2, 40, 30), Phase.DURING, new Figure(2, 40, 38)),
                Map.of(Phase.BEFORE, new Figure(3, 60, 54)));
        ImpactRow evil = new ImpactRow("Class", "=HYPERLINK(\"http://x\",\"Oak\")", 1, 0, Map.of(), Map.of());

        String csv = ImpactCsv.of(List.of(school, evil), 6);
        String[] lines = csv.split("\r\n");

        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("Level,Name,Pupils with a plan,Pupils without a plan,"
                + "Before the plan (6 weeks): attendance % with a plan,"), lines[0]);
        assertEquals("School,Whole school,2,3,75.0,90.0,95.0,,,", lines[1]);
        assertEquals("Class,\"'=HYPERLINK(\"\"http://x\"\",\"\"Oak\"\")\",1,0,,,,,,", lines[2]);
    }
}
