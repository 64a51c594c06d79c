package org.thrivemis.web.internal.impact;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The impact figures as CSV (RFC 4180 quoting by opencsv), one line per school or class. A cell a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a
 * leading single quote, so a class named "=HYPERLINK(...)" stays text.
 */
public final class ImpactCsv {

    private ImpactCsv() {
    }

    /** The file's text, header line first. */
    public static String of(List<ImpactRow> rows, int weeksBefore) {
        StringWriter out = new StringWriter();
        try (ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\r\n").build()) {
            List<String> header = new ArrayList<>(List.of("Level", "Name", "Pupils with a plan",
                    "Pupils without a plan"));
            for (Phase phase : Phase.values()) {
                String label = phase == Phase.BEFORE ? phase.label() + " (" + weeksBefore + " weeks)" : phase.label();
                header.add(label + ": attendance % with a plan");
                header.add(label + ": attendance % without a plan");
            }
            csv.writeNext(header.toArray(String[]::new), false);
            for (ImpactRow row : rows) {
                List<String> cells = new ArrayList<>(List.of(row.level(), row.name(), Integer.toString(row.withPlan()),
                        Integer.toString(row.withoutPlan())));
                for (Phase phase : Phase.values()) {
                    cells.add(row.planned(phase).csv());
                    cells.add(row.comparison(phase).csv());
                }
                csv.writeNext(cells.stream().map(ImpactCsv::safe).toArray(String[]::new), false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** The cell, with a leading single quote when a spreadsheet would take it for a formula. */
    public static String safe(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
