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
import org.thrivemis.api.ImportOrigin;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
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

    @Test
    void anImportedProfileCountsTheExportsStrandResultsWithoutInventingGaps() {
        Map<String, Level> levels = all(Level.SECURE);
        ProfileWorld.PACK.strand(Strand.BEING).statements().forEach(st -> levels.remove(st.id()));
        ProfileWorld.PACK.strand(Strand.DOING).statements().forEach(st -> levels.remove(st.id()));
        levels.put("thinking-1", Level.NOT_YET);
        Assessment imported = new Assessment(1, "p1", ProfileKind.BASELINE, "", AssessmentStatus.COMPLETED,
                java.time.LocalDate.of(2025, 1, 10), "pack", "1", levels, "", "Thrive-Online CSV export",
                java.time.Instant.EPOCH, "Ann", Optional.of(java.time.Instant.EPOCH), 1, Optional.of(new ImportOrigin(
                        "csv", "Thrive-Online CSV export", 3, java.time.LocalDate.of(2025, 2, 1),
                        Map.of(Strand.BEING, 100, Strand.DOING, 50, Strand.THINKING, 100))));

        ProfileResult result = ProfileCalculator.withImported(ProfileCalculator.result(ProfileWorld.PACK, levels,
                TEN_YEARS), imported, ProfileWorld.PACK);

        int doing = ProfileWorld.PACK.strand(Strand.DOING).statements().size();
        assertEquals(100, result.strand(Strand.BEING).percentSecure(), "the export's 100% is secure throughout");
        assertEquals(50, result.strand(Strand.DOING).percentSecure());
        assertEquals(List.of(), result.strand(Strand.DOING).gaps(), "the export does not say which statements");
        assertTrue(result.strand(Strand.DOING).hasGaps());
        assertEquals(doing - doing / 2, result.strand(Strand.DOING).notYet());
        assertEquals(Optional.of(Strand.DOING), result.workingStage(), "the earliest strand short of 100%");
        assertEquals(List.of("thinking-1"), result.strand(Strand.THINKING).gaps(),
                "statement levels, where the export gave them, win over its percentage");
        assertEquals(ProfileCalculator.result(ProfileWorld.PACK, all(Level.SECURE), TEN_YEARS),
                ProfileCalculator.withImported(ProfileCalculator.result(ProfileWorld.PACK, all(Level.SECURE),
                        TEN_YEARS), new Assessment(2, "p1", ProfileKind.BASELINE, "", AssessmentStatus.COMPLETED,
                                java.time.LocalDate.of(2025, 1, 10), "pack", "1", all(Level.SECURE), "", "Pat",
                                java.time.Instant.EPOCH, "Pat", Optional.empty(), 1), ProfileWorld.PACK),
                "a profile recorded in the MIS is unaffected");
    }
}
