package org.thrivemis.imports.internal;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a run's report, one CSV line per row outcome or problem, gzip-compressed as it is stored.
 * Every cell is made safe to open in a spreadsheet: a cell that starts with {@code = + - @}, a tab or
 * a carriage return would be taken as a formula (CSV injection), so it gets a leading single quote.
 * Starts with a UTF-8 byte order mark so spreadsheet programs read names with accents correctly. A cell
 * is quoted only when it must be (a comma, quote or line break in it) or when it was guarded that way:
 * quoting all eleven cells of a million lines made the report a fifth larger and slower to write.
 */
final class ReportWriter implements AutoCloseable {
    static final String[] HEADER = {"Line", "Outcome", "Record", "Date", "MIS id", "UPN", "Surname", "Forename",
        "Field", "Value", "Message"};

    /** Lines handed to the report's thread at a time. */
    static final int BATCH = 2000;
    private static final List<String[]> END = List.of();

    private final ICSVWriter csv;
    private final boolean preview;
    private List<String[]> pending = new ArrayList<>(BATCH);
    private final BlockingQueue<List<String[]>> batches = new ArrayBlockingQueue<>(4);
    private Thread thread;
    private volatile Throwable failed;

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
        this.csv = new ReportCsv(writer);
        this.preview = preview;
        csv.writeNext(HEADER, false);
    }

    /**
     * Writes the lines on a thread of its own from now on, a batch of {@value #BATCH} at a time, in
     * order: the CSV and its compression then overlap the import's writing thread. {@link #close}
     * waits for every line.
     */
    ReportWriter inBackground(String name) {
        Thread t = new Thread(() -> {
            try {
                for (List<String[]> batch = batches.take(); batch != END; batch = batches.take()) {
                    for (String[] cells : batch) {
                        csv.writeNext(cells, false);
                    }
                }
            } catch (Throwable e) {
                failed = e;
                batches.clear();
            }
        }, name);
        t.setDaemon(true);
        t.start();
        this.thread = t;
        return this;
    }

    /** One line of the report. */
    void line(long line, org.thrivemis.api.imports.RowOutcome outcome, String record, String date, String hostId,
            String upn, String surname, String forename, String field, String value, String message) {
        line(cells(line, record, date, hostId, upn, surname, forename, field, value), outcome, message);
    }

    /**
     * The cells of a line but its outcome and message, made safe: the import builds them on its reading
     * thread, ahead of the thread that decides the outcome and writes the line.
     */
    static String[] cells(long line, String record, String date, String hostId, String upn, String surname,
            String forename, String field, String value) {
        return new String[] {line == 0 ? "" : Long.toString(line), null, safe(record), safe(date), safe(hostId),
            safe(upn), safe(surname), safe(forename), safe(field), safe(value), null};
    }

    /** One line of the report from {@link #cells} (used once: the outcome and message are filled in). */
    void line(String[] cells, org.thrivemis.api.imports.RowOutcome outcome, String message) {
        cells[1] = preview ? outcome.previewLabel() : outcome.label();
        cells[10] = safe(message);
        if (thread == null) {
            csv.writeNext(cells, false);
            return;
        }
        pending.add(cells);
        if (pending.size() >= BATCH) {
            handOver(pending);
            pending = new ArrayList<>(BATCH);
        }
    }

    private void handOver(List<String[]> batch) {
        try {
            while (!batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (failed != null || !thread.isAlive()) {
                    throw new UncheckedIOException(new IOException("The import report's thread stopped", failed));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while writing the import report"));
        }
    }

    /**
     * OpenCSV's RFC 4180 writer, also quoting every cell that {@link #safe} guarded, as the usual advice on
     * formula injection has it (a leading quote inside double quotes), and reusing one line buffer: the
     * stock writer makes a new 1 KiB buffer for every line.
     */
    private static final class ReportCsv extends CSVWriter {
        private final StringBuilder buffer = new StringBuilder(256);

        ReportCsv(Writer writer) {
            super(writer, ',', '"', '"', "\r\n");
        }

        @Override
        protected boolean stringContainsSpecialCharacters(String cell) {
            return cell.startsWith("'") || super.stringContainsSpecialCharacters(cell);
        }

        @Override
        public void writeNext(String[] line, boolean applyQuotesToAll) {
            buffer.setLength(0);
            try {
                writeNext(line, applyQuotesToAll, buffer);
            } catch (IOException e) {
                exception = e;
            }
        }
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
        if (thread != null) {
            try {
                if (!pending.isEmpty()) {
                    handOver(pending);
                }
                handOver(END);
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new InterruptedIOException("interrupted while finishing the import"
                        + " report"));
            } finally {
                pending = new ArrayList<>();
            }
            if (failed != null) {
                throw new UncheckedIOException(new IOException("Could not write the import report", failed));
            }
        }
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not finish the import report", e);
        }
    }
}
