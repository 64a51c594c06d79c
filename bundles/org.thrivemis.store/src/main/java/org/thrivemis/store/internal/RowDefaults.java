package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.thrivemis.api.ImportOrigin;
import org.thrivemis.api.profile.Assessment;

/**
 * The values the assessments of one import run have in common (reason, status, content pack, assessor,
 * who saved them, the format and the day of the import), stored once in {@code import_row_defaults}: a row
 * of the run stores NULL in each of these columns where its value is the run's, and every read takes the
 * value from here ({@link #COALESCED} with {@link #JOIN}). A million imported profiles then do not each
 * carry the same hundred characters: the database writes, re-reads at commit and caches a third fewer
 * bytes. A value that differs, and every row made in the MIS, is stored in the row as before.
 */
record RowDefaults(long runId, String reason, String status, String packId, String packVersion, String assessorId,
        String assessorName, String updatedBy, String format, String formatLabel, LocalDate importedOn) {

    /** The shared string columns (the format, its label and the day are the origin's). */
    private static final String[] SHARED = {"reason", "status", "pack_id", "pack_version", "assessor_id",
        "assessor_name", "updated_by"};
    /** The run's defaults of an assessment row {@code a}. */
    static final String JOIN = "LEFT JOIN import_row_defaults d ON d.run_id = a.import_run_id";
    /**
     * With {@link #JOIN}: the row is not one of a run still being committed ({@link StagedRows}), which only
     * that commit's own transaction sees (it has cleared the mark; everyone else sees it until it commits).
     */
    static final String VISIBLE = "d.staged IS NOT TRUE";
    /**
     * The assessments anyone may see, as {@code a} with its run's defaults {@code d}, for every read of them:
     * {@code "SELECT ..." + VISIBLE_ASSESSMENTS + "<condition>"}.
     */
    static final String VISIBLE_ASSESSMENTS = " FROM assessment a " + JOIN + " WHERE " + VISIBLE + " AND ";
    /** Every shared column of {@code a}, from the run where the row holds NULL, under its own name. */
    static final String COALESCED;
    /** SET clauses that write the old run's values into the row (before a new origin replaces the run). */
    static final String MATERIALISE;

    static {
        StringBuilder read = new StringBuilder();
        StringBuilder write = new StringBuilder();
        for (String c : SHARED) {
            read.append("COALESCE(a.").append(c).append(", d.").append(c).append(") AS ").append(c).append(", ");
            write.append(write.length() == 0 ? "" : ", ").append(c).append(" = COALESCE(").append(c)
                    .append(", (SELECT d.").append(c).append(" FROM import_row_defaults d WHERE d.run_id = assessment.import_run_id))");
        }
        for (String c : new String[] {"import_format", "import_format_label", "imported_on"}) {
            read.append("COALESCE(a.").append(c).append(", d.").append(c).append(") AS ").append(c).append(", ");
        }
        COALESCED = read.substring(0, read.length() - 2);
        MATERIALISE = write.toString();
    }

    RowDefaults {
        Objects.requireNonNull(importedOn, "importedOn");
    }

    /** The defaults of a run taken from its first imported row. */
    static RowDefaults of(Assessment first) {
        ImportOrigin o = first.imported().orElseThrow(() -> new IllegalArgumentException(
                "assessment of pupil " + first.pupilId() + " was not imported: it has no run to share values with"));
        return new RowDefaults(o.runId(), first.reason(), first.status().name(), first.packId(), first.packVersion(),
                first.assessorId(), first.assessorName(), first.updatedBy(), o.formatId(), ImportOrigins.label(o),
                o.importedOn());
    }

    /** The run's stored defaults, if it has any yet. */
    static Optional<RowDefaults> read(Connection c, long runId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT reason, status, pack_id, pack_version, assessor_id,"
                + " assessor_name, updated_by, import_format, import_format_label, imported_on"
                + " FROM import_row_defaults WHERE run_id = ?")) {
            s.setLong(1, runId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RowDefaults(runId, r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                        Columns.getDate(r, "imported_on")));
            }
        }
    }

    /** Stores these defaults (once per run); returns them. */
    RowDefaults insert(Connection c) throws SQLException {
        return insert(c, false);
    }

    /**
     * The same; {@code staged}: marked as a run still being committed, whose rows only the transaction that
     * clears the mark sees until it commits ({@link StagedRows}).
     */
    RowDefaults insert(Connection c, boolean staged) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO import_row_defaults (run_id, reason, status,"
                + " pack_id, pack_version, assessor_id, assessor_name, updated_by, import_format, import_format_label,"
                + " imported_on, staged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + (staged ? "TRUE" : "NULL") + ")")) {
            s.setLong(1, runId);
            s.setString(2, reason);
            s.setString(3, status);
            s.setString(4, packId);
            s.setString(5, packVersion);
            s.setString(6, assessorId);
            s.setString(7, assessorName);
            s.setString(8, updatedBy);
            s.setString(9, format);
            s.setString(10, formatLabel);
            Columns.setDate(s, 11, importedOn);
            s.executeUpdate();
        }
        return this;
    }

    /** Whether {@code a} is a row of this run (it may share values with it). */
    boolean holds(Assessment a) {
        return a.imported().isPresent() && a.imported().get().runId() == runId;
    }

    /** Binds {@code value} at {@code index}, or NULL where it is the run's ({@code runs}; null: no run). */
    static void bind(BatchParameters insert, int index, String value, String runs) throws SQLException {
        if (runs != null && runs.equals(value)) {
            insert.setNull(index, Types.VARCHAR);
        } else {
            insert.setString(index, value);
        }
    }
}
