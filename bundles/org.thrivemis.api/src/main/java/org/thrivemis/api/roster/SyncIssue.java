package org.thrivemis.api.roster;

import java.util.Objects;

/**
 * One problem found in a source's data, in terms a user can act on: where (file and line, or URL),
 * which field and value, and what to do. For web sources {@code field} may be {@code HTTP status}
 * and {@code value} the status code.
 *
 * @param severity error (nothing applied) or warning
 * @param origin file and line, or URL
 * @param field column or field name, e.g. {@code birthDate}; empty when it concerns a whole file
 * @param value the value found, as text (may be empty)
 * @param message what is wrong and what to do
 */
public record SyncIssue(Severity severity, Origin origin, String field, String value, String message) {
    public SyncIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
    }

    public static SyncIssue error(Origin origin, String field, String value, String message) {
        return new SyncIssue(Severity.ERROR, origin, field, value, message);
    }

    public static SyncIssue warning(Origin origin, String field, String value, String message) {
        return new SyncIssue(Severity.WARNING, origin, field, value, message);
    }

    /** One line for logs: "ERROR users.csv line 3, birthDate '2019-13-01': …". */
    @Override
    public String toString() {
        return severity + " " + origin + (field.isEmpty() ? "" : ", " + field + " '" + value + "'") + ": " + message;
    }
}
