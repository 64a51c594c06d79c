package org.thrivemis.roster.internal.csv;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.thrivemis.api.roster.Coverage;
import org.thrivemis.api.roster.RosterSink;
import org.thrivemis.api.roster.SyncIssue;

/** Reading OneRoster field values: status, dates, multi-valued lists; problems go to the sink. */
final class RowReading {
    private RowReading() {
    }

    /** Whether the row is live (true), a removal (false), or broken (empty, already reported). */
    static Optional<Boolean> active(CsvRow row, Coverage coverage, RosterSink sink) {
        String status = row.get("status").toLowerCase(Locale.ROOT);
        if (coverage == Coverage.DELTA) {
            if (status.isEmpty()) {
                sink.issue(SyncIssue.error(row.origin(), "status", "", "In a delta file every row needs a status:"
                        + " active or tobedeleted."));
                return Optional.empty();
            }
            String modified = row.get("dateLastModified");
            try {
                OffsetDateTime.parse(modified);
            } catch (DateTimeParseException e) {
                sink.issue(SyncIssue.error(row.origin(), "dateLastModified", modified, "In a delta file every row"
                        + " needs dateLastModified as a date and time, e.g. 2025-09-01T08:00:00Z."));
                return Optional.empty();
            }
        }
        return switch (status) {
            case "", "active" -> Optional.of(true);
            case "tobedeleted" -> Optional.of(false);
            default -> {
                sink.issue(SyncIssue.error(row.origin(), "status", row.get("status"), "The status must be active,"
                        + " tobedeleted or (in a bulk file) empty."));
                yield Optional.empty();
            }
        };
    }

    /** A date in YYYY-MM-DD, or empty when blank; reports a bad one. */
    static Optional<Optional<LocalDate>> date(CsvRow row, String field, RosterSink sink) {
        String value = row.get(field);
        if (value.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(LocalDate.parse(value)));
        } catch (DateTimeParseException e) {
            sink.issue(SyncIssue.error(row.origin(), field, value, "This is not a date in the form YYYY-MM-DD, e.g."
                    + " 2025-09-01. Correct it in the source system."));
            return Optional.empty();
        }
    }

    /** A multi-valued field: comma-separated values inside one field. */
    static List<String> list(CsvRow row, String field) {
        String value = row.get(field);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
