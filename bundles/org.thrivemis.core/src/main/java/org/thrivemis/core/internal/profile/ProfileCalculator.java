package org.thrivemis.core.internal.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;

/**
 * What an assessment's levels say, against a pack: per strand the counts and the gaps (statements
 * not SECURE, unmarked ones included), the working stage (the earliest strand with gaps, however old
 * the child: an interruption in an earlier strand matters most) and the age-expected stage. Pure.
 */
public final class ProfileCalculator {
    private ProfileCalculator() {
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
}
