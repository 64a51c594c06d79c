package org.thrivemis.imports.csv.internal;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.thrivemis.api.imports.ImportFormat;
import org.thrivemis.api.imports.ImportSink;
import org.thrivemis.api.imports.ThriveOnlineImportFormat;

/**
 * Our first import format: the CSV of a Thrive-Online export (columns in the bundle's README), read
 * by header name with OpenCSV's RFC 4180 parser, as UTF-8 with or without a byte order mark.
 * Column names can be changed per school through configuration {@value CsvFormatConfig#PID}.
 */
@Component(configurationPid = CsvFormatConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = CsvFormatConfig.class)
@ImportFormat(id = ThriveOnlineCsvFormat.ID, label = "Thrive-Online CSV export")
public final class ThriveOnlineCsvFormat implements ThriveOnlineImportFormat {
    static final String ID = "thrive-online-csv";
    /** A quoted field may run over lines (targets one a line); a runaway quote must not swallow the file. */
    static final int MULTILINE_LIMIT = 50;

    private final CsvFormatConfig config;

    @Activate
    public ThriveOnlineCsvFormat(CsvFormatConfig config) {
        this.config = config;
    }

    @Override
    public boolean recognises(String fileName, byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
        int end = text.indexOf('\n');
        String firstLine = (end < 0 ? text : text.substring(0, end)).toLowerCase(Locale.ROOT);
        String recordType = Column.RECORD_TYPE.header(config).toLowerCase(Locale.ROOT);
        // any .csv is taken as ours, so a wrong CSV is told which columns it lacks rather than "unknown format"
        return firstLine.contains(recordType) || fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    @Override
    public void read(InputStream in, ImportSink sink) throws IOException {
        PushbackInputStream bytes = new PushbackInputStream(in, 3);
        byte[] bom = bytes.readNBytes(3);
        if (utf16(bom)) {
            sink.problem(0, "", "", "The file is saved as UTF-16 (\"Unicode text\"): save it from the spreadsheet as"
                    + " \"CSV UTF-8\" and import it again");
            return;
        }
        boolean utf8Bom = bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
        if (!utf8Bom && bom.length > 0) {
            bytes.unread(bom);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int maxField = Math.max(1, config.max_field_chars());
        try (CSVReader csv = new CSVReaderBuilder(new InputStreamReader(bytes, decoder))
                .withCSVParser(new RFC4180ParserBuilder().build()).withMultilineLimit(MULTILINE_LIMIT).build()) {
            new Reading(csv, sink, maxField).run();
        }
    }

    private static boolean utf16(byte[] head) {
        return head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
    }

    /** One pass over a file: the header row, then every row, each problem reported with its line. */
    private final class Reading {
        private final CSVReader csv;
        private final ImportSink sink;
        private final int maxField;

        Reading(CSVReader csv, ImportSink sink, int maxField) {
            this.csv = csv;
            this.sink = sink;
            this.maxField = maxField;
        }

        void run() throws IOException {
            try {
                rows();
            } catch (StopReading e) {
                // the problem is reported; the rest of the file cannot be trusted
            }
        }

        private void rows() throws IOException {
            Optional<String[]> header = next(1);
            if (header.isEmpty()) {
                sink.problem(0, "", "", "The file is empty: export the profiles and plans from Thrive-Online again");
                return;
            }
            ColumnMapping.Result mapping = ColumnMapping.of(header.get(), config);
            if (!mapping.problems().isEmpty()) {
                mapping.problems().forEach(p -> sink.problem(1, "", "", p));
                return;
            }
            int width = header.get().length;
            // the pipeline's own problems then name the columns as this file heads them
            sink.headers(mapping.mapping().fields());
            RowReader rows = new RowReader(mapping.mapping(), sink);
            while (!sink.cancelled()) {
                long line = csv.getLinesRead() + 1;
                Optional<String[]> row = next(line);
                if (row.isEmpty()) {
                    return;
                }
                String[] cells = row.get();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue; // a blank line, as spreadsheets leave at the end
                }
                if (cells.length != width) {
                    sink.problem(line, "", "", "The row has " + cells.length + " fields but the header has " + width
                            + ": check for a comma inside a value that is not in double quotes");
                    continue;
                }
                if (tooLong(line, cells, header.get())) {
                    continue;
                }
                rows.read(line, cells).ifPresent(sink::accept);
            }
        }

        private boolean tooLong(long line, String[] cells, String[] header) {
            boolean any = false;
            for (int i = 0; i < cells.length; i++) {
                if (cells[i].length() > maxField) {
                    sink.problem(line, header[i].strip(), cells[i], "The value is " + cells[i].length()
                            + " characters long; the most read is " + maxField + ". Shorten it, or check for a"
                            + " double quote that is not closed");
                    any = true;
                }
            }
            return any;
        }

        private Optional<String[]> next(long line) throws IOException {
            try {
                return Optional.ofNullable(csv.readNext());
            } catch (CharacterCodingException e) {
                sink.problem(line, "", "", "The file is not UTF-8 text from about this line: save it from the"
                        + " spreadsheet as \"CSV UTF-8\" and import it again");
                throw new StopReading();
            } catch (CsvMultilineLimitBrokenException e) {
                sink.problem(line, "", "", "A quoted value runs over more than " + MULTILINE_LIMIT + " lines: a"
                        + " double quote is probably not closed on this line; check the quotes");
                throw new StopReading();
            } catch (CsvMalformedLineException e) {
                sink.problem(e.getLineNumber() > 0 ? e.getLineNumber() : line, "", shorten(e.getContext()),
                        "A double quote is not closed, or a quoted value runs over more than " + MULTILINE_LIMIT
                                + " lines: check the quotes from this line on");
                throw new StopReading();
            } catch (CsvException e) {
                sink.problem(line, "", "", "The row cannot be read as CSV (" + e.getMessage() + "): check its quotes");
                throw new StopReading();
            }
        }
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    /** Reading cannot go on (the rest of the file cannot be trusted); the problem is already reported. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }
}
