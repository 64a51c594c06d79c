package org.thrivemis.core.internal.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.thrivemis.api.profile.Level.EMERGING;
import static org.thrivemis.api.profile.Level.NOT_YET;
import static org.thrivemis.api.profile.Level.SECURE;
import static org.thrivemis.core.internal.screening.ScreeningWorld.PACK;
import static org.thrivemis.core.internal.screening.ScreeningWorld.Y3;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileResult;

/** The band by year group, the per-strand result, the group allocation and the flags. */
class ScreeningRulesTest {
    private static final int YEAR_3 = 90;
    private static final List<Statement> BAND = ScreeningRules.band(PACK, YEAR_3);
    private final ScreeningRules rules = new ScreeningRules(50, true);

    private static ProfileResult result(Level being, Level thinking, Level skills1, Level skills2) {
        return ScreeningRules.result(PACK, BAND, Map.of(Y3.get(0), being, Y3.get(1), thinking, Y3.get(2), skills1,
                Y3.get(3), skills2), YEAR_3);
    }

    @Test
    void aYearGroupScreensAtTheMiddleOfItsAgeSpan() {
        assertEquals(Optional.of(54), ScreeningRules.yearGroupAgeMonths("R"));
        assertEquals(Optional.of(90), ScreeningRules.yearGroupAgeMonths("3"));
        assertEquals(Optional.of(90), ScreeningRules.yearGroupAgeMonths("Year 3"));
        assertEquals(Optional.of(126), ScreeningRules.yearGroupAgeMonths("6"));
        assertEquals(Optional.empty(), ScreeningRules.yearGroupAgeMonths("Nursery"));
        assertEquals(List.of(Y3.get(0), Y3.get(2), Y3.get(1), Y3.get(3)), BAND.stream().map(Statement::id).toList());
        assertEquals(List.of(), ScreeningRules.band(PACK, 40));
    }

    @Test
    void everythingSecureMeansWholeClassProvisionAndNoFlag() {
        ProfileResult r = result(SECURE, SECURE, SECURE, SECURE);

        assertEquals(Optional.empty(), ScreeningRules.allocation(r).group());
        assertEquals("Whole-class provision", ScreeningRules.allocation(r).label());
        assertEquals(List.of(), rules.flags(r));
        assertEquals(0, r.strand(Strand.DOING).statements());
    }

    @Test
    void theGroupIsThatOfTheEarliestStrandWithAGap() {
        ProfileResult r = result(SECURE, EMERGING, SECURE, NOT_YET);

        assertEquals(Optional.of(Strand.THINKING), ScreeningRules.allocation(r).group());
        assertEquals("Thinking group", ScreeningRules.allocation(r).label());
        assertEquals(List.of(Y3.get(3)), r.strand(Strand.SKILLS_AND_STRUCTURE).gaps());
        assertEquals(Strand.SKILLS_AND_STRUCTURE, r.ageExpectedStage());
    }

    @Test
    void notYetInAStrandBeforeTheAgeExpectedOneFlagsButEmergingDoesNot() {
        assertEquals(List.of("'Not yet' in Being, earlier than the Skills and structure strand expected at this age"),
                rules.flags(result(NOT_YET, SECURE, SECURE, SECURE)));
        assertEquals(List.of(), rules.flags(result(EMERGING, SECURE, SECURE, SECURE)));
        // not yet in the age-expected strand itself is ordinary at this age
        assertEquals(List.of(), rules.flags(result(SECURE, SECURE, NOT_YET, SECURE)));
        assertEquals(List.of(), new ScreeningRules(50, false).flags(result(NOT_YET, SECURE, SECURE, SECURE)));
    }

    @Test
    void halfTheStatementsNotSecureFlagsAtTheDefaultThreshold() {
        assertEquals(List.of("2 of 4 statements not secure (flag at 50% or more)"),
                rules.flags(result(SECURE, SECURE, EMERGING, EMERGING)));
        assertEquals(List.of(), new ScreeningRules(75, true).flags(result(SECURE, SECURE, EMERGING, EMERGING)));
        assertEquals(2, rules.flags(result(NOT_YET, EMERGING, SECURE, SECURE)).size());
    }

    @Test
    void aThresholdOutsideOneToAHundredIsRefusedNamingThePid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ScreeningRules(0, true));
        assertEquals("Configuration org.thrivemis.screening: flag.percent.not.secure must be 1-100, got 0",
                e.getMessage());
    }
}
