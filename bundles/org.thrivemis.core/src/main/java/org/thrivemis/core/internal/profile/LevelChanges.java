package org.thrivemis.core.internal.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;

/**
 * Describes, for a refused save, where the stored profile now disagrees with what the user entered:
 * the statements whose stored level differs, with both values, so they can compare and decide.
 */
final class LevelChanges {
    private LevelChanges() {
    }

    static List<String> between(Assessment stored, Map<String, Level> yours, ContentPack pack) {
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, Level> entry : yours.entrySet()) {
            Level theirs = stored.levels().get(entry.getKey());
            if (theirs != entry.getValue()) {
                String text = pack.statement(entry.getKey()).map(Statement::text).orElse(entry.getKey());
                changes.add("\"" + text + "\": " + stored.updatedBy() + " saved "
                        + (theirs == null ? "no level" : theirs.label()) + ", you chose " + entry.getValue().label());
            }
        }
        changes.sort(null);
        if (stored.status() != AssessmentStatus.DRAFT) {
            changes.add(0, stored.updatedBy() + " completed the profile");
        }
        return changes;
    }
}
