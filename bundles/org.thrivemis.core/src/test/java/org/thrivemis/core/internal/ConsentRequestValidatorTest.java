package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.Problem;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;

class ConsentRequestValidatorTest {
    private final ConsentRequestValidator validator = new ConsentRequestValidator(FakeSchool.CLOCK);

    static ConsentRequest valid() {
        return new ConsentRequest(ConsentDecision.GIVEN, Set.of(ConsentScope.INDIVIDUAL_ASSESSMENT),
                "Jo Adams", Relationship.PARENT, LocalDate.of(2025, 3, 3), "signed form in pupil file");
    }

    @Test
    void aCompleteRequestHasNoProblems() {
        assertEquals(List.of(), validator.problems(valid()));
    }

    @Test
    void anEmptyFormReportsEveryMissingFieldAtOnceInFormOrder() {
        List<Problem> problems = validator.problems(new ConsentRequest(null, null, "  ", null, null, null));

        assertEquals(List.of(
                new Problem("decision", "", "Select whether consent was given or withdrawn"),
                new Problem("scopes", "", "Select at least one thing the decision covers"),
                new Problem("personName", "", "Enter the name of the parent or carer"),
                new Problem("relationship", "", "Select the relationship of the parent or carer to the pupil"),
                new Problem("decidedOn", "", "Enter the date the decision was made")), problems);
    }

    @Test
    void tooLongValuesAndAFutureDateAreReportedTogether() {
        String longName = "A".repeat(201);
        String longNote = "n".repeat(2001);
        List<Problem> problems = validator.problems(new ConsentRequest(ConsentDecision.WITHDRAWN,
                Set.of(ConsentScope.ACTION_PLAN), longName, Relationship.CARER, LocalDate.of(2025, 3, 11), longNote));

        assertEquals(List.of(
                new Problem("personName", longName, "Name of the parent or carer must be 200 characters or fewer"),
                new Problem("decidedOn", "2025-03-11", "Date the decision was made must be today or in the past"),
                new Problem("note", longNote, "Note must be 2000 characters or fewer")), problems);
    }

    @Test
    void limitsAreInclusive() {
        ConsentRequest atLimits = new ConsentRequest(ConsentDecision.GIVEN, Set.of(ConsentScope.ACTION_PLAN),
                "B".repeat(200), Relationship.GUARDIAN, FakeSchool.TODAY, "n".repeat(2000));
        assertEquals(List.of(), validator.problems(atLimits));
        ConsentRequest firstDay = new ConsentRequest(ConsentDecision.GIVEN, Set.of(ConsentScope.ACTION_PLAN),
                "Jo", Relationship.GUARDIAN, LocalDate.of(2000, 1, 1), "");
        assertEquals(List.of(), validator.problems(firstDay));
    }

    @Test
    void aDateBefore2000IsRefused() {
        ConsentRequest old = new ConsentRequest(ConsentDecision.GIVEN, Set.of(ConsentScope.ACTION_PLAN),
                "Jo Adams", Relationship.PARENT, LocalDate.of(1999, 12, 31), "");
        assertEquals(List.of(new Problem("decidedOn", "1999-12-31",
                "Date the decision was made must be on or after 1 January 2000")), validator.problems(old));
    }

    @Test
    void controlCharactersInTheNameAreRefusedAndShownAsSpaces() {
        ConsentRequest pasted = new ConsentRequest(ConsentDecision.GIVEN, Set.of(ConsentScope.ACTION_PLAN),
                "Jo\tAdams\u0007", Relationship.PARENT, FakeSchool.TODAY, "");
        assertEquals(List.of(new Problem("personName", "Jo Adams ",
                "Name of the parent or carer must not include tabs, line breaks or other control characters")),
                validator.problems(pasted));
    }
}
