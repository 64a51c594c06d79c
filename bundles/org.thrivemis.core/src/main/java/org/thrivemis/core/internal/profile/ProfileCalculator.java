package org.thrivemis.core.internal.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.ImportOrigin;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;
import org.thrivemis.core.internal.screening.ScreeningRules;

/**
 * What an assessment's levels say, against a pack: per strand the counts and the gaps (statements
 * not SECURE, unmarked ones included), the working stage (the earliest strand with gaps, however old
 * the child: an interruption in an earlier strand matters most) and the age-expected stage. Pure.
 */
public final class ProfileCalculator {
    private ProfileCalculator() {
    }

    /**
     * The result of any assessment, as every page shows it: a group profile over the screening
     * statements it holds marks for, an individual profile over the pack's statements; an imported
     * profile keeps its imported figures.
     */
    public static ProfileResult of(Assessment assessment, ContentPack pack, int ageMonths) {
        ProfileResult result;
        if (assessment.kind() == ProfileKind.GROUP) {
            List<Statement> screened = pack.screening().stream().flatMap(b -> b.statements().stream())
                    .filter(s -> assessment.levels().containsKey(s.id())).distinct().toList();
            result = ScreeningRules.result(pack, screened, assessment.levels(), ageMonths);
        } else {
            result = result(pack, assessment.levels(), ageMonths);
        }
        return withImported(result, assessment, pack);
    }

    /**
     * @param levels statement id to level; statements absent are unmarked and count as gaps
     * @param ageMonths the pupil's age in whole months on the day assessed
     */
    public static ProfileResult result(ContentPack pack, Map<String, Level> levels, int ageMonths) {
        List<StrandResult> strands = new ArrayList<>();
        Optional<Strand> working = Optional.empty();
        for (StrandContent content : pack.strands()) {
            int secure = 0;
            int emerging = 0;
            int notYet = 0;
            List<String> gaps = new ArrayList<>();
            for (Statement statement : content.statements()) {
                Level level = levels.get(statement.id());
                if (level == Level.SECURE) {
                    secure++;
                } else {
                    gaps.add(statement.id());
                    if (level == Level.EMERGING) {
                        emerging++;
                    } else {
                        notYet++;
                    }
                }
            }
            StrandResult result = new StrandResult(content.strand(), content.statements().size(), secure, emerging,
                    notYet, gaps);
            strands.add(result);
            if (working.isEmpty() && result.hasGaps()) {
                working = Optional.of(content.strand());
            }
        }
        return new ProfileResult(strands, working, pack.ageExpectedStrand(ageMonths));
    }

    /**
     * The result of an assessment, taking an import's strand results into account: a strand the export
     * gave only as a percentage secure (no statement levels) counts that share of the pack's statements
     * as secure (rounded down: under 100% is never shown as all secure), without naming gaps it does not
     * know; the working stage follows.
     */
    public static ProfileResult withImported(ProfileResult result, Assessment assessment, ContentPack pack) {
        Map<Strand, Integer> percents = assessment.imported().map(ImportOrigin::strandPercents).orElse(Map.of());
        if (percents.isEmpty()) {
            return result;
        }
        List<StrandResult> strands = new ArrayList<>();
        Optional<Strand> working = Optional.empty();
        for (StrandResult r : result.strands()) {
            StrandResult now = r;
            Integer percent = percents.get(r.strand());
            Optional<StrandContent> content = pack.strands().stream().filter(c -> c.strand() == r.strand()).findFirst();
            if (percent != null && content.isPresent() && content.get().statements().stream()
                    .noneMatch(st -> assessment.levels().containsKey(st.id()))) {
                int n = content.get().statements().size();
                // rounded down, so a strand under 100% keeps at least one statement short of secure (a gap)
                int secure = Math.max(0, Math.min(n, percent * n / 100));
                now = new StrandResult(r.strand(), n, secure, 0, n - secure, List.of());
            }
            strands.add(now);
            if (working.isEmpty() && now.hasGaps()) {
                working = Optional.of(now.strand());
            }
        }
        return new ProfileResult(strands, working, result.ageExpectedStage());
    }
}
