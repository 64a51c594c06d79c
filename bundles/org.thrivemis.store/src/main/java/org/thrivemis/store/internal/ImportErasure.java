package org.thrivemis.store.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Erases the pupil from Thrive-Online imports: the records of what was imported for them (their
 * identity across re-imports) and every mention in the runs' reports. A report is a gzip CSV of
 * every row's outcome, which a column search cannot see into, so each is opened and the lines about
 * the pupil (those naming their id, a source key or a UPN) have those and the pupil's names
 * replaced; other pupils' lines are left exactly as they were.
 */
final class ImportErasure implements ErasureStep {

    @Override
    public Map<String, Integer> erase(Connection connection, PupilKeys pupil, String token) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Sql.count(counts, "imported_profile", Sql.update(connection, "DELETE FROM imported_profile WHERE pupil_id = ?",
                pupil.pupilId()));
        Sql.count(counts, "imported_plan", Sql.update(connection, "DELETE FROM imported_plan WHERE pupil_id = ?",
                pupil.pupilId()));
        Sql.count(counts, "import_run", TextScrub.scrub(connection, "import_run", List.of("message"), pupil.keys())
                + scrubReports(connection, pupil));
        return counts;
    }

    private static int scrubReports(Connection connection, PupilKeys pupil) throws SQLException {
        int rows = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, report FROM import_run WHERE report IS NOT NULL");
                PreparedStatement update = connection.prepareStatement("UPDATE import_run SET report = ? WHERE id = ?");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Optional<byte[]> scrubbed = scrub(rs.getBytes(2), pupil);
                if (scrubbed.isPresent()) {
                    update.setBytes(1, scrubbed.get());
                    update.setLong(2, rs.getLong(1));
                    rows += update.executeUpdate();
                }
            }
        }
        return rows;
    }

    /** The report with the pupil's lines scrubbed, or empty when it does not mention them. */
    static Optional<byte[]> scrub(byte[] gzippedReport, PupilKeys pupil) {
        List<String> keys = pupil.keys();
        List<String> identifiers = pupil.identifiers();
        boolean changed = false;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(gzippedReport)), StandardCharsets.UTF_8));
                Writer writer = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            int c;
            StringBuilder line = new StringBuilder();
            // read by character so the report's own line ends (CRLF) come back unchanged
            while ((c = in.read()) != -1) {
                line.append((char) c);
                if (c == '\n') {
                    changed |= write(writer, line.toString(), keys, identifiers);
                    line.setLength(0);
                }
            }
            if (line.length() > 0) {
                changed |= write(writer, line.toString(), keys, identifiers);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("An import report could not be read to erase a pupil from it", e);
        }
        return changed ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    private static boolean write(Writer writer, String line, List<String> keys, List<String> identifiers)
            throws IOException {
        String scrubbed = line;
        if (keys.stream().anyMatch(line::contains)) {
            for (String identifier : identifiers) {
                scrubbed = scrubbed.replace(identifier, TextScrub.ERASED);
            }
        }
        writer.write(scrubbed);
        return !scrubbed.equals(line);
    }
}
