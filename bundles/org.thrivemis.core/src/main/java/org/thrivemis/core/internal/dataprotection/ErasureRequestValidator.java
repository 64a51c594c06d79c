package org.thrivemis.core.internal.dataprotection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.thrivemis.api.Problem;
import org.thrivemis.api.dataprotection.ErasureRequest;

/**
 * Checks an erasure request before anything is erased, collecting every problem. The reference is
 * what the audit keeps for ever, so it may not contain anything that identifies the pupil.
 */
final class ErasureRequestValidator {
    static final int MAX_REFERENCE = 64;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._-]*");

    private final Clock clock;

    ErasureRequestValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The problems with the request.
     *
     * @param identifiers the pupil's id, UPN and names, which the reference may not contain
     */
    List<Problem> problems(ErasureRequest request, Collection<String> identifiers) {
        List<Problem> problems = new ArrayList<>();
        String reference = request.reference().strip();
        if (reference.isEmpty()) {
            problems.add(new Problem("reference", "", "Enter the reference of the documented request, for example"
                    + " DPO-2026-014"));
        } else if (reference.length() > MAX_REFERENCE) {
            problems.add(new Problem("reference", reference, "Reference must be " + MAX_REFERENCE
                    + " characters or fewer; it has " + reference.length()));
        } else if (!REFERENCE.matcher(reference).matches()) {
            problems.add(new Problem("reference", reference, "Reference may only contain letters, digits and"
                    + " / . _ - (starting with a letter or digit), for example DPO-2026-014"));
        } else if (identifies(reference, identifiers)) {
            problems.add(new Problem("reference", reference, "Reference must not contain the pupil's id, UPN or"
                    + " name: the audit keeps it after the erasure. Use the school's request number instead"));
        }
        if (request.receivedOn().isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("receivedOn", request.receivedOn().toString(),
                    "Date the request was received must be today or in the past"));
        }
        return problems;
    }

    private static boolean identifies(String reference, Collection<String> identifiers) {
        String lower = reference.toLowerCase(Locale.ROOT);
        return identifiers.stream().map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> s.length() > 2)
                .anyMatch(lower::contains);
    }
}
