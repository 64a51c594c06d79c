package org.thrivemis.api;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused; nothing was changed. Carries every problem found, not just the first. */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order of the form's fields. */
    public List<Problem> problems() {
        return problems;
    }
}
