package org.thrivemis.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.thrivemis.api.Problem;
import org.thrivemis.api.consent.ConsentRequest;

/**
 * Checks a consent request as entered and reports every problem at once, in the order of the
 * form's fields, with GOV.UK-style messages that say what to do.
 */
public final class ConsentRequestValidator {
    /** Consent for Thrive work predates no record this product could hold; older dates are typos. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final int NAME_MAX = 200;
    static final int NOTE_MAX = 2000;

    private final Clock clock;

    public ConsentRequestValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every problem with the request; empty when it may be stored. */
    public List<Problem> problems(ConsentRequest request) {
        List<Problem> problems = new ArrayList<>();
        if (request.decision() == null) {
            problems.add(new Problem("decision", "", "Select whether consent was given or withdrawn"));
        }
        if (request.scopes().isEmpty()) {
            problems.add(new Problem("scopes", "", "Select at least one thing the decision covers"));
        }
        checkName(request.personName(), problems);
        if (request.relationship() == null) {
            problems.add(new Problem("relationship", "",
                    "Select the relationship of the parent or carer to the pupil"));
        }
        checkDate(request.decidedOn(), problems);
        if (length(request.note()) > NOTE_MAX) {
            problems.add(new Problem("note", request.note(),
                    "Note must be " + NOTE_MAX + " characters or fewer"));
        }
        return problems;
    }

    private static void checkName(String name, List<Problem> problems) {
        if (name.isEmpty()) {
            problems.add(new Problem("personName", "", "Enter the name of the parent or carer"));
        } else if (length(name) > NAME_MAX) {
            problems.add(new Problem("personName", name,
                    "Name of the parent or carer must be " + NAME_MAX + " characters or fewer"));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            // pasted tabs or line breaks would break lists and exports; the person can retype the name
            problems.add(new Problem("personName", printable(name),
                    "Name of the parent or carer must not include tabs, line breaks or other control characters"));
        }
    }

    private void checkDate(LocalDate decidedOn, List<Problem> problems) {
        if (decidedOn == null) {
            problems.add(new Problem("decidedOn", "", "Enter the date the decision was made"));
        } else if (decidedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("decidedOn", decidedOn.toString(),
                    "Date the decision was made must be today or in the past"));
        } else if (decidedOn.isBefore(EARLIEST)) {
            problems.add(new Problem("decidedOn", decidedOn.toString(),
                    "Date the decision was made must be on or after 1 January 2000"));
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The value shown back to the user, with control characters made visible as spaces. */
    private static String printable(String text) {
        return text.chars().map(c -> Character.isISOControl(c) ? ' ' : c)
                .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    }
}
