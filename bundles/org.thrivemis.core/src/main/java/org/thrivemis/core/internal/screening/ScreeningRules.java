package org.thrivemis.core.internal.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ScreeningBand;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;
import org.thrivemis.api.screening.Allocation;

/**
 * The screening rules, pure: which band a year group screens against, a pupil's per-strand result,
 * their group allocation and whether they are flagged for an individual profile. The rules are
 * written out in the bundle's README.
 *
 * @param flagPercentNotSecure share of not-secure statements (1–100) at which a pupil is flagged
 * @param flagNotYetBeforeExpected whether "not yet" in a strand before the age-expected one flags
 */
public record ScreeningRules(int flagPercentNotSecure, boolean flagNotYetBeforeExpected) {
    public ScreeningRules {
        if (flagPercentNotSecure < 1 || flagPercentNotSecure > 100) {
            throw new IllegalArgumentException("Configuration " + ScreeningConfig.PID
                    + ": flag.percent.not.secure must be 1-100, got " + flagPercentNotSecure);
        }
    }

    static ScreeningRules of(ScreeningConfig config) {
        return new ScreeningRules(config.flag_percent_not_secure(), config.flag_not_yet_before_expected());
    }

    /**
     * The age, in months, a year group screens at: the middle of the year group's age span (a pupil
     * in Reception is 4 to 5 all year, in Year n is n+4 to n+5), so every pupil of a class meets the
     * same statements whatever their birthday. Empty for a label that is not R or 1–13.
     */
    public static Optional<Integer> yearGroupAgeMonths(String yearGroup) {
        String label = yearGroup.strip();
        if (label.equalsIgnoreCase("R") || label.equalsIgnoreCase("Reception")) {
            return Optional.of(4 * 12 + 6);
        }
        String digits = label.replaceFirst("(?i)^year\\s*", "");
        try {
            int year = Integer.parseInt(digits);
            return year >= 1 && year <= 13 ? Optional.of((year + 4) * 12 + 6) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The statements a pupil of this age is screened against; empty when the pack has no band for it. */
    public static List<Statement> band(ContentPack pack, int ageMonths) {
        return pack.screeningBand(ageMonths).map(ScreeningBand::statements).orElse(List.of());
    }

    /**
     * Per strand of the pack: how many of the band's statements are secure, emerging or not yet
     * (unmarked counts as not yet); working stage = earliest strand with a gap; age-expected stage
     * from the pack. A strand without band statements has none and no gaps.
     */
    public static ProfileResult result(ContentPack pack, List<Statement> band, Map<String, Level> marks,
            int ageMonths) {
        List<StrandResult> strands = new ArrayList<>();
        Optional<Strand> working = Optional.empty();
        for (Strand strand : Strand.values()) {
            int secure = 0;
            int emerging = 0;
            int notYet = 0;
            int total = 0;
            List<String> gaps = new ArrayList<>();
            for (Statement s : band) {
                if (s.strand() != strand) {
                    continue;
                }
                total++;
                Level level = marks.get(s.id());
                if (level == Level.SECURE) {
                    secure++;
                } else {
                    gaps.add(s.id());
                    if (level == Level.EMERGING) {
                        emerging++;
                    } else {
                        notYet++;
                    }
                }
            }
            StrandResult r = new StrandResult(strand, total, secure, emerging, notYet, gaps);
            strands.add(r);
            if (working.isEmpty() && r.hasGaps()) {
                working = Optional.of(strand);
            }
        }
        return new ProfileResult(strands, working, pack.ageExpectedStrand(ageMonths));
    }

    /**
     * The group: that of the earliest strand with a gap (Thrive works from the earliest unmet need
     * up), or whole-class provision when every statement is secure.
     */
    public static Allocation allocation(ProfileResult result) {
        return new Allocation(result.workingStage());
    }

    /**
     * Why the pupil should have an individual profile; empty when they should not. Two reasons,
     * each reported: (1) "not yet" in a strand earlier than the age-expected one, (2) at least the
     * configured share of the band's statements not secure.
     */
    public List<String> flags(ProfileResult result) {
        List<String> reasons = new ArrayList<>();
        if (flagNotYetBeforeExpected) {
            for (StrandResult s : result.strands()) {
                if (s.notYet() > 0 && s.strand().compareTo(result.ageExpectedStage()) < 0) {
                    reasons.add("'Not yet' in " + s.strand().label() + ", earlier than the "
                            + result.ageExpectedStage().label() + " strand expected at this age");
                }
            }
        }
        int statements = result.strands().stream().mapToInt(StrandResult::statements).sum();
        int notSecure = result.strands().stream().mapToInt(s -> s.statements() - s.secure()).sum();
        if (statements > 0 && notSecure * 100 >= flagPercentNotSecure * statements) {
            reasons.add(notSecure + " of " + statements + " statements not secure (flag at " + flagPercentNotSecure
                    + "% or more)");
        }
        return List.copyOf(reasons);
    }
}
