package org.thrivemis.api.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thrivemis.api.imports.StrandScore;
import org.thrivemis.api.profile.Level;

/**
 * An imported profile as stored.
 *
 * @param key pupil, kind and date
 * @param strands per-strand results
 * @param statements statement id to level (may be empty)
 * @param digest digest of the content, to tell a changed export from a re-import
 * @param runId the import run that last wrote it
 * @param formatId the format it was read with
 */
public record StoredImportedProfile(ImportedProfileKey key, List<StrandScore> strands, Map<String, Level> statements,
        String digest, long runId, String formatId) {
    public StoredImportedProfile {
        Objects.requireNonNull(key, "key");
        strands = List.copyOf(strands);
        statements = Map.copyOf(statements);
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(formatId, "formatId");
    }
}
