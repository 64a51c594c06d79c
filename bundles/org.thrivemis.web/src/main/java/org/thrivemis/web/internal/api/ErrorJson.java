package org.thrivemis.web.internal.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.thrivemis.api.Problem;

/**
 * The API's error bodies: {@code {"error": "...", "reference": "..."}} for a refused request
 * (the reference only on server errors, to quote to support), {@code {"errors": [...]}} for
 * refused input, one entry per problem.
 */
final class ErrorJson {

    private ErrorJson() {
    }

    /** A refused request. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Message(String error, String reference) {
        Message(String error) {
            this(error, null);
        }
    }

    /** Refused input: each problem's field, the value given and what to do. */
    record Problems(List<Problem> errors) {
    }
}
