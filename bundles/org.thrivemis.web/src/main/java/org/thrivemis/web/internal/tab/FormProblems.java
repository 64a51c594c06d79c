package org.thrivemis.web.internal.tab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.thrivemis.api.Problem;

/**
 * Puts the problems with a posted consent form in the order of its fields, combining the
 * domain's with the tab's own reading of the date boxes.
 */
final class FormProblems {

    private static final List<String> FIELD_ORDER = List.of(ConsentForm.DECISION, ConsentForm.SCOPES,
            ConsentForm.PERSON_NAME, ConsentForm.RELATIONSHIP, ConsentForm.DECIDED_ON, ConsentForm.NOTE);

    private FormProblems() {
    }

    /**
     * The problems to show. When the date boxes could not be read the domain saw no date and
     * asked for one; the tab's message says what is actually wrong, so it replaces the domain's.
     */
    static List<Problem> merge(List<Problem> fromDomain, Optional<Problem> dateProblem) {
        List<Problem> all = new ArrayList<>();
        for (Problem p : fromDomain) {
            if (!(dateProblem.isPresent() && p.field().equals(ConsentForm.DECIDED_ON))) {
                all.add(p);
            }
        }
        dateProblem.ifPresent(all::add);
        // Stable sort: several problems on one field keep the domain's order.
        all.sort(Comparator.comparingInt(FormProblems::position));
        return all;
    }

    private static int position(Problem p) {
        int i = FIELD_ORDER.indexOf(p.field());
        return i < 0 ? FIELD_ORDER.size() : i;
    }
}
