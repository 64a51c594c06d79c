package org.thrivemis.imports.internal;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a run's report, one CSV line per row outcome or problem, gzip-compressed as it is stored.
 * Every cell is made safe to open in a spreadsheet: a cell that starts with {@code = + - @}, a tab or
 * a carriage return would be taken as a formula (CSV injection), so it gets a leading single quote.
 * Starts with a UTF-8 byte order mark so spreadsheet programs read names with accents correctly.
 */
final class ReportWriter implements AutoCloseable {
    static final String[] HEADER = {"Line", "Outcome", "Record", "Date", "MIS id", "UPN", "Surname", "Forename",
        "Field", "Value", "Message"};

    private final ICSVWriter csv;
    private final boolean preview;

    ReportWriter(OutputStream out, boolean preview) throws IOException {
        // the fastest deflate level: a report of a million rows is written while the import waits for it,
        // and level 1 makes it only slightly larger than the default level 6
        GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
        Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        this.csv = new CSVWriter(writer, ',', '"', '"', "\r\n");
        this.preview = preview;
        csv.writeNext(HEADER, false);
    }

    /** One line of the report. */
    void line(long line, org.thrivemis.api.imports.RowOutcome outcome, String record, String date, String hostId,
            String upn, String surname, String forename, String field, String value, String message) {
        String[] cells = {line == 0 ? "" : Long.toString(line), preview ? outcome.previewLabel() : outcome.label(),
            record, date, hostId, upn, surname, forename, field, value, message};
        for (int i = 0; i < cells.length; i++) {
            cells[i] = safe(cells[i]);
        }
        csv.writeNext(cells, true);
    }

    /** The cell as a spreadsheet will show it as text, never run it as a formula. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not finish the import report", e);
        }
    }
}
