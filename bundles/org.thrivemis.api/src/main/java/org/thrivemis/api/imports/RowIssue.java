package org.thrivemis.api.imports;

import java.util.Objects;

/**
 * A problem in the file or a row the user has to resolve, in terms they can act on.
 *
 * @param line the 1-based line of the file (0 for the file as a whole)
 * @param field the column as named in the file (empty for the whole row or file)
 * @param value the value found (shortened when long)
 * @param message what is wrong and what to do
 * @param outcome {@link RowOutcome#INVALID} for a problem, or the skip it causes (e.g. ambiguous)
 */
public record RowIssue(long line, String field, String value, String message, RowOutcome outcome) {
    public RowIssue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(outcome, "outcome");
    }
}
