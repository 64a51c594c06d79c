package org.thrivemis.web.internal.api;

import org.thrivemis.api.Problem;

/** A request body that could not be read as the JSON the endpoint takes; answered with 400. */
final class BadJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    BadJsonException(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    /** What is wrong, where, and what is accepted. */
    Problem problem() {
        return problem;
    }
}
