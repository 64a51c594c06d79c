package org.thrivemis.api.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;

/**
 * A Thrive profile from an export: its date and kind, a result per strand and, when the export
 * has them, a level per statement (statement ids of the content pack, checked by the pipeline).
 *
 * @param line the 1-based source line
 * @param pupil who it is about
 * @param assessedOn the date the profile describes
 * @param kind baseline, behaviour or group
 * @param strands per-strand results, in the order read
 * @param statements statement id to level (empty when the export has only strand results)
 */
public record ImportedProfile(long line, PupilIdentity pupil, LocalDate assessedOn, ProfileKind kind,
        List<StrandScore> strands, Map<String, Level> statements) implements ImportRecord {
    public ImportedProfile {
        Objects.requireNonNull(pupil, "pupil");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(kind, "kind");
        strands = List.copyOf(strands);
        statements = Map.copyOf(statements);
    }
}
