package org.thrivemis.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thrivemis.api.imports.RowOutcome;

/**
 * Every line of the report arrives, in order, made safe to open in a spreadsheet, whether written on the
 * caller's thread or on a thread of its own; a failure to write it is not silent.
 */
class ReportWriterTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyLineArrivesInOrderAndFormulaTextIsNeverRun(boolean inBackground) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int lines = 3 * ReportWriter.BATCH + 17;
        try (ReportWriter report = open(out, inBackground)) {
            for (int i = 1; i <= lines; i++) {
                report.line(i, RowOutcome.ADDED, "profile", "01/02/2026", "p" + i, "", "=HYPERLINK(\"x\")", "Ann",
                        "", "", "");
            }
        }
        List<String> read = new String(new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())).readAllBytes(),
                StandardCharsets.UTF_8).lines().toList();
        assertEquals(lines + 1, read.size(), "the header and every line");
        assertTrue(read.get(0).startsWith("\uFEFF\"Line\"") || read.get(0).startsWith("\uFEFFLine"), read.get(0));
        for (int i = 1; i <= lines; i++) {
            String row = read.get(i);
            assertTrue(row.startsWith(i + ",Added,profile,"), "line " + i + " in its place: " + row);
            assertTrue(row.contains("\"'=HYPERLINK(\"\"x\"\")\""), "formula text kept as text: " + row);
        }
    }

    @Test
    void cellsAreQuotedWhereTheyMustBeOrWereGuardedAgainstFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWriter report = new ReportWriter(out, true)) {
            report.line(2, RowOutcome.ADDED, "Baseline profile", "10/01/2025", "p-1", "A123", "O'Neil, Zoë", "Ann",
                    "", "", "");
            report.line(3, RowOutcome.INVALID, "Action plan", "13/01/2025", "", "", "-Smith", "Ben \"B\"", "Targets",
                    "@SUM(1)", "two\nlines");
            report.line(0, RowOutcome.INVALID, "", "", "", "", "", "", "", "", "The file has no rows to import");
        }
        byte[] csv = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())).readAllBytes();
        assertEquals("\uFEFFLine,Outcome,Record,Date,MIS id,UPN,Surname,Forename,Field,Value,Message\r\n"
                + "2,Would be added,Baseline profile,10/01/2025,p-1,A123,\"O'Neil, Zoë\",Ann,,,\r\n"
                + "3," + RowOutcome.INVALID.previewLabel() + ",Action plan,13/01/2025,,,\"'-Smith\",\"Ben \"\"B\"\"\","
                + "Targets,\"'@SUM(1)\",\"two\nlines\"\r\n"
                + "," + RowOutcome.INVALID.previewLabel() + ",,,,,,,,,The file has no rows to import\r\n",
                new String(csv, StandardCharsets.UTF_8));
    }

    private static ReportWriter open(OutputStream out, boolean inBackground) throws IOException {
        ReportWriter report = new ReportWriter(out, false);
        return inBackground ? report.inBackground("report-test") : report;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aReportThatCannotBeWrittenFailsTheStepInsteadOfComingOutShort(boolean inBackground) throws IOException {
        OutputStream broken = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 70_000) {
                    throw new IOException("disk full");
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }
        };
        ReportWriter report = open(broken, inBackground);
        for (int i = 1; i <= 200_000; i++) {
            report.line(i, RowOutcome.ADDED, "profile", "01/02/2026", "p" + i, "A123" + i, "Surname" + i, "Forename",
                    "", "", "");
        }
        assertThrows(UncheckedIOException.class, report::close);
    }
}
