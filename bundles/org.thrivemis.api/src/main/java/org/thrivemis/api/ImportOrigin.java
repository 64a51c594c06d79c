package org.thrivemis.api;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.thrivemis.api.content.Strand;

/**
 * Where a native profile or action plan came from when an import made it, so staff see "Imported
 * from Thrive-Online on …" and a later import of an updated export finds it again.
 *
 * @param formatId the import format's id, e.g. {@code thrive-online-csv}
 * @param formatLabel its name as shown to staff
 * @param runId the import run that last wrote the record
 * @param importedOn the day it was last written by an import
 * @param strandPercents for a profile, the per-strand results as the export gave them (percentage of
 *        the strand's statements secure); empty for a plan or when the export gave statement levels only
 */
public record ImportOrigin(String formatId, String formatLabel, long runId, LocalDate importedOn,
        Map<Strand, Integer> strandPercents) {
    public ImportOrigin {
        Objects.requireNonNull(formatId, "formatId");
        Objects.requireNonNull(formatLabel, "formatLabel");
        Objects.requireNonNull(importedOn, "importedOn");
        strandPercents = strandPercents.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(strandPercents));
    }

    /** As shown on the tabs: "Imported from Thrive-Online CSV export on 5 March 2026". */
    public String describe(java.time.format.DateTimeFormatter dates) {
        return "Imported from " + formatLabel + " on " + dates.format(importedOn);
    }
}
