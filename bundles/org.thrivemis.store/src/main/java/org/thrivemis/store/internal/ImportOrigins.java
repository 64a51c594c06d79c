package org.thrivemis.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.ImportOrigin;
import org.thrivemis.api.content.Strand;

/**
 * The columns that say an assessment or action plan was made by an import: {@code import_format},
 * {@code import_format_label}, {@code import_run_id}, {@code imported_on} and, for assessments,
 * {@code import_strands} ({@code BEING=80;DOING=60}); all NULL for a record made in the MIS.
 */
final class ImportOrigins {
    private ImportOrigins() {
    }

    /** Binds the columns from {@code first}; returns the next parameter index. */
    static int bind(PreparedStatement s, int first, Optional<ImportOrigin> origin, boolean strands)
            throws SQLException {
        return bind(new BatchParameters(s), first, origin, strands);
    }

    /** The same, for a row of a batch: only the columns that differ from the row before are set again. */
    static int bind(BatchParameters s, int first, Optional<ImportOrigin> origin, boolean strands)
            throws SQLException {
        return bind(s, first, origin, strands, null);
    }

    /**
     * The same for an assessment of the run whose {@code shared} values are stored once (may be null): NULL in
     * the format, label and day where they are the run's.
     */
    static int bind(BatchParameters s, int first, Optional<ImportOrigin> origin, boolean strands, RowDefaults shared)
            throws SQLException {
        int i = first;
        if (origin.isPresent()) {
            ImportOrigin o = origin.get();
            RowDefaults.bind(s, i++, o.formatId(), shared == null ? null : shared.format());
            RowDefaults.bind(s, i++, label(o), shared == null ? null : shared.formatLabel());
            s.setLong(i++, o.runId());
            if (shared != null && o.importedOn().equals(shared.importedOn())) {
                s.setNull(i++, Types.DATE);
            } else {
                s.setDate(i++, o.importedOn());
            }
            if (strands) {
                // compared as the map, so the text is made only when it changes
                if (s.changes(i, o.strandPercents())) {
                    s.statement().setString(i, strands(o.strandPercents()));
                }
                i++;
            }
        } else {
            s.setNull(i++, Types.VARCHAR);
            s.setNull(i++, Types.VARCHAR);
            s.setNull(i++, Types.BIGINT);
            s.setNull(i++, Types.DATE);
            if (strands) {
                s.setNull(i++, Types.VARCHAR);
            }
        }
        return i;
    }

    /** The format's label as stored: at most 200 characters. */
    static String label(ImportOrigin o) {
        return o.formatLabel().length() <= 200 ? o.formatLabel() : o.formatLabel().substring(0, 200);
    }

    static Optional<ImportOrigin> read(ResultSet rows, boolean strands) throws SQLException {
        String format = rows.getString("import_format");
        if (format == null) {
            return Optional.empty();
        }
        return Optional.of(new ImportOrigin(format, rows.getString("import_format_label"),
                rows.getLong("import_run_id"), rows.getObject("imported_on", LocalDate.class),
                strands ? strands(rows.getString("import_strands")) : Map.of()));
    }

    static String strands(Map<Strand, Integer> percents) {
        StringBuilder out = new StringBuilder();
        // in strand order; not new EnumMap<>(percents), which refuses an empty map of another kind
        for (Strand strand : Strand.values()) {
            Integer percent = percents.get(strand);
            if (percent == null) {
                continue;
            }
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(strand.name()).append('=').append(percent);
        }
        return out.toString();
    }

    static Map<Strand, Integer> strands(String stored) {
        Map<Strand, Integer> percents = new EnumMap<>(Strand.class);
        if (stored != null && !stored.isEmpty()) {
            for (String part : stored.split(";")) {
                int eq = part.indexOf('=');
                percents.put(Strand.valueOf(part.substring(0, eq)), Integer.parseInt(part.substring(eq + 1)));
            }
        }
        return percents;
    }
}
