package org.thrivemis.web.internal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.thrivemis.api.Problem;

/**
 * The API's JSON: ISO-8601 dates (never timestamps), strict reading (unknown fields, trailing
 * data and unknown enum values are refused with a {@link BadJsonException} saying where and why).
 */
final class Json {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The value as UTF-8 JSON. */
    byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            // Only our own records are written; failing here is a bug, not a client error.
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * The body read as the type.
     *
     * @throws BadJsonException if it is empty, not JSON, or not the shape the type takes
     */
    <T> T read(byte[] body, Class<T> type) {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw new BadJsonException(new Problem("", "", "The request body is empty: send " + JsonProblems.shapeOf(type)));
        }
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new BadJsonException(new Problem("", "null", "The request body is null: send " + JsonProblems.shapeOf(type)));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new BadJsonException(JsonProblems.of(e, type));
        } catch (IOException e) {
            throw new IllegalStateException("reading a body held in memory failed", e);
        }
    }
}
