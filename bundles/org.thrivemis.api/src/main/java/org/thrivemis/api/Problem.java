package org.thrivemis.api;

import java.util.Objects;

/**
 * One thing wrong with input, in terms a user can act on.
 *
 * @param field the form field or column, e.g. {@code givenBy}
 * @param value the value given (may be empty)
 * @param message what is wrong and what to do, e.g. "Enter the name of the parent or carer"
 */
public record Problem(String field, String value, String message) {
    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
    }
}
