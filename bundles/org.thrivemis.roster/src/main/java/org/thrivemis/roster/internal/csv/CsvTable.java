package org.thrivemis.roster.internal.csv;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.SyncIssue;

/**
 * Reads one OneRoster CSV file with OpenCSV (RFC 4180 quoting) by header name: unknown columns
 * are ignored, a UTF-8 byte-order mark and CRLF line ends are accepted, and anything that is not
 * clean UTF-8 CSV (another encoding, a quote never closed, a row with the wrong number of fields, a
 * huge field) is reported as an error naming the file, line and field. Reading stops at the first
 * error that leaves the rest of the file unreadable.
 */
final class CsvTable {
    /** What the UTF-8 decoder puts in place of bytes that are not UTF-8. */
    private static final char NOT_UTF8 = '\uFFFD';

    private final String file;
    private final CsvLimits limits;
    private final Consumer<SyncIssue> issues;

    CsvTable(String file, CsvLimits limits, Consumer<SyncIssue> issues) {
        this.file = file;
        this.limits = limits;
        this.issues = issues;
    }

    /**
     * Reads the file, handing each data row to {@code rows}.
     *
     * @param required columns the file must have (checked case-insensitively)
     * @return false when the file had an error that stopped reading
     */
    boolean read(InputStream raw, List<String> required, Consumer<CsvRow> rows) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        if (!skipBom(in)) {
            return false;
        }
        // Bytes that are not UTF-8 become U+FFFD here and are reported per field below, with their
        // line: a decoder that throws would only say "somewhere in the next 8 KB".
        LimitedReader limited = new LimitedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                limits.maxRecordChars());
        try (CSVReader csv = new CSVReaderBuilder(limited)
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withMultilineLimit(limits.maxLinesPerRecord())
                .build()) {
            return readRows(csv, limited, required, rows);
        }
    }

    private boolean readRows(CSVReader csv, LimitedReader limited, List<String> required, Consumer<CsvRow> rows)
            throws IOException {
        long line = 1;
        try {
            String[] header = csv.readNext();
            limited.recordDone();
            if (header == null || header.length == 0 || (header.length == 1 && header[0].isBlank())) {
                issues.accept(SyncIssue.error(Origin.file(file), "", "", "The file " + file
                        + " is empty: it needs at least its header line. Export it again, or mark it absent in"
                        + " manifest.csv."));
                return false;
            }
            Map<String, Integer> columns = columns(header);
            if (columns == null) {
                return false;
            }
            boolean missing = false;
            for (String column : required) {
                if (!columns.containsKey(column.toLowerCase(Locale.ROOT))) {
                    issues.accept(SyncIssue.error(Origin.line(file, 1), column, "", "The header of " + file
                            + " has no column " + column + ", which OneRoster requires. Add the column."));
                    missing = true;
                }
            }
            if (missing) {
                return false;
            }
            line = csv.getLinesRead() + 1;
            String[] fields;
            while ((fields = csv.readNext()) != null) {
                limited.recordDone();
                Origin origin = Origin.line(file, line);
                line = csv.getLinesRead() + 1;
                if (fields.length == 1 && fields[0].isBlank()) {
                    continue; // a blank line, e.g. at the end of the file
                }
                if (fields.length != header.length) {
                    issues.accept(SyncIssue.error(origin, "", String.join(",", fields), "This row has "
                            + fields.length + " fields but the header has " + header.length + ". Check for a"
                            + " comma inside a value that is not in double quotes, or a missing field."));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                boolean ok = true;
                for (Map.Entry<String, Integer> c : columns.entrySet()) {
                    String value = fields[c.getValue()];
                    if (value.indexOf(NOT_UTF8) >= 0) {
                        issues.accept(SyncIssue.error(origin, header[c.getValue()].strip(), value, "This value is"
                                + " not UTF-8 text (the file was probably saved as Latin-1 or Windows-1252). Save or"
                                + " export the file as UTF-8 and try again."));
                        ok = false;
                    } else if (value.length() > limits.maxFieldChars()) {
                        issues.accept(SyncIssue.error(origin, header[c.getValue()].strip(), value, "This value has "
                                + value.length() + " characters; at most " + limits.maxFieldChars()
                                + " are accepted. Check the export: a quote may be misplaced."));
                        ok = false;
                    }
                    values.put(c.getKey(), value);
                }
                if (ok) {
                    rows.accept(new CsvRow(origin, values));
                }
            }
            return true;
        } catch (LimitedReader.TooLong e) {
            issues.accept(SyncIssue.error(Origin.line(file, line), "", "", "A row starting here has more than "
                    + limits.maxRecordChars() + " characters, so the file was not read further. A double quote"
                    + " that is never closed, or a huge value, causes this: correct the export."));
            return false;
        } catch (CsvMultilineLimitBrokenException e) {
            issues.accept(SyncIssue.error(Origin.line(file, line), "", "", "A quoted value starting here runs over"
                    + " more than " + limits.maxLinesPerRecord() + " lines, so the file was not read further. A"
                    + " double quote is probably never closed: correct the export."));
            return false;
        } catch (CsvMalformedLineException e) {
            issues.accept(SyncIssue.error(Origin.line(file, line), "", "", "The row starting here could not be"
                    + " read as CSV (" + e.getMessage() + "). A double quote is probably never closed, or a quote"
                    + " inside a value is not doubled: correct the export."));
            return false;
        } catch (CsvException e) {
            issues.accept(SyncIssue.error(Origin.line(file, line), "", "", "The row could not be read as CSV: "
                    + e.getMessage() + ". Correct the export."));
            return false;
        }
    }

    /** Header names (lower case, stripped) to positions; null after reporting a duplicate or blank name. */
    private Map<String, Integer> columns(String[] header) {
        Map<String, Integer> columns = new HashMap<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue; // a trailing comma: an unnamed column nobody can ask for
            }
            if (columns.putIfAbsent(name, i) != null) {
                duplicates.add(header[i].strip());
            }
        }
        for (String d : duplicates) {
            issues.accept(SyncIssue.error(Origin.line(file, 1), d, d, "The header of " + file + " names the column "
                    + d + " twice, so it is unclear which to read. Remove one."));
        }
        return duplicates.isEmpty() ? columns : null;
    }

    /** Skips a UTF-8 byte-order mark; refuses UTF-16 (its BOM), which a spreadsheet may have saved. */
    private boolean skipBom(BufferedInputStream in) throws IOException {
        in.mark(3);
        int a = in.read();
        int b = in.read();
        int c = in.read();
        if (a == 0xEF && b == 0xBB && c == 0xBF) {
            return true;
        }
        in.reset();
        if ((a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF)) {
            issues.accept(SyncIssue.error(Origin.file(file), "", "", "The file " + file + " is UTF-16 text;"
                    + " OneRoster files are UTF-8. Save it as \"CSV UTF-8\" and try again."));
            return false;
        }
        return true;
    }
}
