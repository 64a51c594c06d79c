package org.thrivemis.core.internal.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;

/** Gaps, working stage and age-expected stage, as a practitioner reads them off a completed profile. */
class ProfileCalculatorTest {
    private static final int TEN_YEARS = 120;

    /** Every statement of the pack at the given level. */
    private static Map<String, Level> all(Level level) {
        Map<String, Level> levels = new HashMap<>();
        ProfileWorld.PACK.strands().forEach(s -> s.statements().forEach(st -> levels.put(st.id(), level)));
        return levels;
    }

    @Test
    void allSecureHasNoWorkingStageAndNoInterruption() {
        ProfileResult result = ProfileCalculator.result(ProfileWorld.PACK, all(Level.SECURE), TEN_YEARS);

        assertEquals(Optional.empty(), result.workingStage());
        assertEquals(Strand.SKILLS_AND_STRUCTURE, result.ageExpectedStage());
        assertFalse(result.belowAgeExpected());
        assertTrue(result.strands().stream().allMatch(s -> s.percentSecure() == 100));
    }

    @Test
    void anOlderChildWithAnInterruptedEarlierStrandWorksAtThatStrand() {
        Map<String, Level> levels = all(Level.SECURE);
        levels.put("doing-2", Level.EMERGING);
        levels.put("skills_and_structure-1", Level.NOT_YET);

        ProfileResult result = ProfileCalculator.result(ProfileWorld.PACK, levels, TEN_YEARS);

        assertEquals(Optional.of(Strand.DOING), result.workingStage());
        assertEquals(Strand.SKILLS_AND_STRUCTURE, result.ageExpectedStage());
        assertTrue(result.belowAgeExpected());
        assertEquals(new StrandResult(Strand.DOING, 2, 1, 1, 0, List.of("doing-2")), result.strand(Strand.DOING));
        assertEquals(50, result.strand(Strand.SKILLS_AND_STRUCTURE).percentSecure());
        assertEquals(List.of(), result.strand(Strand.BEING).gaps());
    }

    @Test
    void unmarkedStatementsAreGapsCountedAsNotYet() {
        Map<String, Level> levels = all(Level.SECURE);
        levels.remove("being-1");

        ProfileResult result = ProfileCalculator.result(ProfileWorld.PACK, levels, TEN_YEARS);

        assertEquals(Optional.of(Strand.BEING), result.workingStage());
        assertEquals(new StrandResult(Strand.BEING, 2, 1, 0, 1, List.of("being-1")), result.strand(Strand.BEING));
    }

    @Test
    void gapsOnlyInLaterStrandsThanExpectedAreNoInterruption() {
        Map<String, Level> levels = all(Level.SECURE);
        levels.put("interdependence-1", Level.EMERGING);

        ProfileResult result = ProfileCalculator.result(ProfileWorld.PACK, levels, TEN_YEARS);

        assertEquals(Optional.of(Strand.INTERDEPENDENCE), result.workingStage());
        assertFalse(result.belowAgeExpected());
    }

    @Test
    void theAgeExpectedStageFollowsThePacksRanges() {
        ProfileResult fiveYearOld = ProfileCalculator.result(ProfileWorld.PACK, Map.of(), 60);
        ProfileResult justSeven = ProfileCalculator.result(ProfileWorld.PACK, Map.of(), 84);

        assertEquals(Strand.POWER_AND_IDENTITY, fiveYearOld.ageExpectedStage());
        assertEquals(Strand.SKILLS_AND_STRUCTURE, justSeven.ageExpectedStage());
        // nothing marked: every statement is a gap, in pack order
        assertEquals(ProfileWorld.PACK.strand(Strand.BEING).statements().stream().map(Statement::id).toList(),
                fiveYearOld.strand(Strand.BEING).gaps());
    }
}
