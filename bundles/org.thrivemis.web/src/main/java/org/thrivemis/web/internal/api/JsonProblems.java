package org.thrivemis.web.internal.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.thrivemis.api.Problem;

/**
 * Turns Jackson's reading errors into a {@link Problem} a client developer can act on: the line
 * and column, the field, the value sent and what is accepted there.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    /** The problem for a failed read of a body of the given type. */
    static Problem of(JsonProcessingException e, Class<?> bodyType) {
        String where = where(e.getLocation());
        if (e instanceof UnrecognizedPropertyException u) {
            return new Problem(path(u), u.getPropertyName(), where + "\"" + u.getPropertyName()
                    + "\" is not a field of this request; the fields are " + fieldsOf(u.getReferringClass()));
        }
        if (e instanceof InvalidFormatException f) {
            String value = String.valueOf(f.getValue());
            return new Problem(path(f), value, where + "\"" + value + "\" is not accepted for "
                    + describe(path(f)) + "; use " + accepted(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return new Problem(path(m), "", where + describe(path(m)) + " must be " + accepted(m.getTargetType()));
        }
        if (e instanceof MismatchedInputException) {
            return new Problem("", "", where + "the body must be " + shapeOf(bodyType));
        }
        return new Problem("", "", where + "the body is not valid JSON: " + firstLine(e.getOriginalMessage()));
    }

    /** What a body of this type looks like, e.g. "a JSON object with the fields decision, scopes, …". */
    static String shapeOf(Class<?> type) {
        return "a JSON object with the fields " + fieldsOf(type);
    }

    private static String accepted(Class<?> type) {
        if (type == null) {
            return "a value of the right type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date as YYYY-MM-DD, for example 2026-11-20";
        }
        if (type == String.class) {
            return "text in double quotes";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list in square brackets, for example [\"INDIVIDUAL_ASSESSMENT\"]";
        }
        if (type.isRecord()) {
            return shapeOf(type);
        }
        return "a " + type.getSimpleName();
    }

    private static String fieldsOf(Class<?> type) {
        if (type == null || !type.isRecord()) {
            return "described in the API documentation";
        }
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.joining(", "));
    }

    /** The JSON path, e.g. {@code scopes[1]}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(String path) {
        return path.isEmpty() ? "the body" : path;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return "Line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
