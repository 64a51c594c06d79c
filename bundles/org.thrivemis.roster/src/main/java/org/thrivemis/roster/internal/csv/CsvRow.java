package org.thrivemis.roster.internal.csv;

import java.util.Map;
import org.thrivemis.api.roster.Origin;

/**
 * One data row of a CSV file, read by header name.
 *
 * @param origin file and the line the row starts on
 * @param values by lower-case header name; a column the file lacks reads as empty
 */
record CsvRow(Origin origin, Map<String, String> values) {

    /** The value of a column (by any case), stripped of surrounding spaces; empty when absent. */
    String get(String column) {
        String v = values.get(column.toLowerCase(java.util.Locale.ROOT));
        return v == null ? "" : v.strip();
    }
}
