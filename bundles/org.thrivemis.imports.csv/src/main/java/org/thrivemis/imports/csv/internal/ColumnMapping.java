package org.thrivemis.imports.csv.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thrivemis.api.imports.ImportField;

/**
 * Where each column is in one file: the configured headers looked up in the file's header row,
 * ignoring case and surrounding spaces. Missing required columns are named with the configuration
 * property that renames them, so a school whose export differs knows what to set.
 */
final class ColumnMapping {
    private final Map<Column, Integer> index;
    private final Map<Column, String> headers;

    private ColumnMapping(Map<Column, Integer> index, Map<Column, String> headers) {
        this.index = index;
        this.headers = headers;
    }

    /** The mapping, or the problems with the header row (one message per missing or repeated column). */
    static Result of(String[] headerRow, CsvFormatConfig config) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < headerRow.length; i++) {
            String name = normal(headerRow[i]);
            if (name.isEmpty()) {
                continue;
            }
            Integer previous = positions.putIfAbsent(name, i);
            if (previous != null) {
                problems.add("The column '" + headerRow[i].strip() + "' appears twice (columns " + (previous + 1)
                        + " and " + (i + 1) + "): remove one");
            }
        }
        Map<Column, Integer> index = new EnumMap<>(Column.class);
        Map<Column, String> headers = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            String header = c.header(config);
            headers.put(c, header);
            Integer at = positions.get(normal(header));
            if (at != null) {
                index.put(c, at);
                // as the school's file writes it, which may differ in case or spacing from the configuration
                headers.put(c, headerRow[at].replace("\uFEFF", "").replace('\u00A0', ' ').strip());
            } else if (c.required()) {
                problems.add("The file has no column '" + header + "': add it, or if the export names it"
                        + " differently set " + c.property() + " in configuration " + CsvFormatConfig.PID);
            }
        }
        return new Result(new ColumnMapping(index, headers), problems);
    }

    /** The mapping and what is wrong with the header row. */
    record Result(ColumnMapping mapping, List<String> problems) {
    }

    /** The column's value in the row, stripped; empty when the column is absent. */
    String get(String[] row, Column column) {
        Integer at = index.get(column);
        return at == null || at >= row.length ? "" : row[at].strip();
    }

    /** Each canonical field's column header as the file has it, for the pipeline's problems. */
    Map<ImportField, String> fields() {
        Map<ImportField, String> fields = new EnumMap<>(ImportField.class);
        for (Column c : Column.values()) {
            if (c != Column.RECORD_TYPE) {
                fields.put(ImportField.valueOf(c.name()), headers.get(c));
            }
        }
        return fields;
    }

    /** The header of the column as found in the file (as configured when the file lacks it). */
    String header(Column column) {
        return headers.get(column);
    }

    private static String normal(String header) {
        // a UTF-8 BOM the reader did not strip, or non-breaking spaces, must not hide a column
        return header.replace("\uFEFF", "").replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
    }
}
