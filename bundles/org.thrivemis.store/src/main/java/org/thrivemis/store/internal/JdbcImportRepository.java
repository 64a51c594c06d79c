package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.thrivemis.api.imports.ImportCounts;
import org.thrivemis.api.imports.ImportRun;
import org.thrivemis.api.imports.ImportStatus;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.store.ImportLink;
import org.thrivemis.api.store.ImportRepository;
import org.thrivemis.api.store.ImportedPlanKey;
import org.thrivemis.api.store.ImportedProfileKey;
import org.thrivemis.api.store.StoreException;
import org.thrivemis.api.store.StoredImportedPlan;
import org.thrivemis.api.store.StoredImportedProfile;

/**
 * The import ledger and import runs, on the connection of one transaction. A profile's ledger entry
 * lives on its native assessment ({@code import_digest}, {@code import_version}, {@code import_ledger});
 * {@code imported_profile} keeps only entries without a native record (imported before imports made
 * native records) and the content written through the compatibility methods; plans keep theirs in
 * {@code imported_plan}; runs are in {@code import_run}. Writes are JDBC batches; the ledger is read for
 * many pupils per query ({@value #IN_CHUNK} ids at a time), never one query a row.
 */
final class JdbcImportRepository implements ImportRepository {
    private static final int IN_CHUNK = 500;
    private static final String INSERT_PROFILE = "INSERT INTO imported_profile (strands, statements, digest, run_id,"
            + " format_id, pupil_id, kind, assessed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_PROFILE = "UPDATE imported_profile SET strands = ?, statements = ?, digest = ?,"
            + " run_id = ?, format_id = ? WHERE pupil_id = ? AND kind = ? AND assessed_on = ?";
    private static final String INSERT_PLAN = "INSERT INTO imported_plan (review_date, status, targets, digest,"
            + " run_id, format_id, pupil_id, start_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_PLAN = "UPDATE imported_plan SET review_date = ?, status = ?, targets = ?,"
            + " digest = ?, run_id = ?, format_id = ? WHERE pupil_id = ? AND start_date = ?";
    private static final String RUN_COLUMNS = "id, file_name, format_id, format_label, started_by, started_at,"
            + " finished_at, status, bytes_total, row_count, added, changed, unchanged, skipped, problems, message";

    private final Supplier<Connection> connection;
    /** The shared values of the runs whose profiles this transaction has inserted, by run. */
    private final Map<Long, RowDefaults> rowDefaults = new HashMap<>();
    /** Whether this transaction holds the ledger lock (it does until it ends, once taken). */
    private boolean ledgerLocked;

    /** New profiles of an import run, written in batches of their own and published with this transaction. */
    private final StagedRows staged;

    /** @param staged where a commit's new profiles go (null: into this transaction, as every other write) */
    JdbcImportRepository(Supplier<Connection> connection, StagedRows staged) {
        this.connection = connection;
        this.staged = staged;
    }

    @Override
    public Map<ImportedProfileKey, String> profileDigests(Collection<String> pupilIds) {
        Map<ImportedProfileKey, String> digests = new HashMap<>();
        forChunks(pupilIds, "SELECT pupil_id, kind, assessed_on, digest FROM imported_profile WHERE pupil_id IN ",
                rows -> digests.put(new ImportedProfileKey(rows.getString(1), ProfileKind.valueOf(rows.getString(2)),
                        rows.getObject(3, LocalDate.class)), rows.getString(4)));
        forChunks(pupilIds, "SELECT a.pupil_id, a.kind, a.assessed_on, a.import_digest"
                + RowDefaults.VISIBLE_ASSESSMENTS + "a.import_ledger = TRUE AND a.pupil_id IN ",
                rows -> digests.put(new ImportedProfileKey(
                        rows.getString(1), ProfileKind.valueOf(rows.getString(2)), rows.getObject(3, LocalDate.class)),
                        rows.getString(4)));
        return digests;
    }

    @Override
    public Map<ImportedPlanKey, String> planDigests(Collection<String> pupilIds) {
        Map<ImportedPlanKey, String> digests = new HashMap<>();
        forChunks(pupilIds, "SELECT pupil_id, start_date, digest FROM imported_plan WHERE pupil_id IN ",
                rows -> digests.put(new ImportedPlanKey(rows.getString(1), rows.getObject(2, LocalDate.class)),
                        rows.getString(3)));
        return digests;
    }

    @Override
    public void lockLedger() {
        if (ledgerLocked) {
            return;
        }
        if (staged != null) {
            staged.prepare();
        }
        try {
            lockLedger(connection.get());
            ledgerLocked = true;
        } catch (SQLException e) {
            throw new StoreException("Could not wait for another import to finish committing (the import ledger's"
                    + " lock): " + e.getMessage() + ". Nothing was imported; commit this import again.", e);
        }
    }

    /**
     * Takes the ledger lock in the transaction of {@code c}, waiting for a commit that holds it: the row of
     * {@code import_ledger_lock}, held until that transaction ends.
     */
    static void lockLedger(Connection c) throws SQLException {
        try (PreparedStatement claim = c.prepareStatement(
                "UPDATE import_ledger_lock SET claimed_at = CURRENT_TIMESTAMP WHERE id = 1")) {
            if (claim.executeUpdate() != 1) {
                throw new StoreException("The import ledger's lock row is missing from table import_ledger_lock:"
                        + " restart the product so its database migrations run, then try again", null);
            }
        }
    }

    @Override
    public Map<ImportedProfileKey, ImportLink> profileLinks(Collection<String> pupilIds) {
        // entries kept apart: imported before imports made native records (no record: the next import adds one)
        Map<ImportedProfileKey, ImportLink> links = new HashMap<>();
        forChunks(pupilIds, "SELECT pupil_id, kind, assessed_on, digest, assessment_id, assessment_version, run_id,"
                + " format_id FROM imported_profile WHERE pupil_id IN ", rows -> links.put(new ImportedProfileKey(
                        rows.getString(1), ProfileKind.valueOf(rows.getString(2)), rows.getObject(3, LocalDate.class)),
                        link(rows)));
        // entries on their native assessments, with its current version in the same row: one read, no join
        Map<ImportedProfileKey, ImportLink> all = new HashMap<>(withCurrentVersions(links, pupilIds, "assessment"));
        forChunks(pupilIds, "SELECT a.pupil_id, a.kind, a.assessed_on, a.import_digest, a.id, a.import_version,"
                + " a.version, a.import_run_id, COALESCE(a.import_format, d.import_format)"
                + RowDefaults.VISIBLE_ASSESSMENTS + "a.import_ledger = TRUE AND a.pupil_id IN ",
                rows -> all.put(new ImportedProfileKey(rows.getString(1), ProfileKind.valueOf(rows.getString(2)),
                        rows.getObject(3, LocalDate.class)), new ImportLink(rows.getString(4), rows.getLong(5),
                                rows.getLong(6), rows.getLong(7), rows.getLong(8),
                                Optional.ofNullable(rows.getString(9)).orElse(""))));
        return all;
    }

    @Override
    public Map<ImportedPlanKey, ImportLink> planLinks(Collection<String> pupilIds) {
        Map<ImportedPlanKey, ImportLink> links = new HashMap<>();
        forChunks(pupilIds, "SELECT pupil_id, start_date, NULL, digest, plan_id, plan_version, run_id, format_id"
                + " FROM imported_plan WHERE pupil_id IN ", rows -> links.put(new ImportedPlanKey(rows.getString(1),
                        rows.getObject(2, LocalDate.class)), link(rows)));
        return withCurrentVersions(links, pupilIds, "action_plan");
    }

    /** Columns 4–8 of a ledger query: digest, record id and its version then, run, format. */
    private static ImportLink link(ResultSet rows) throws SQLException {
        return new ImportLink(rows.getString(4), rows.getLong(5), rows.getLong(6), -1, rows.getLong(7),
                rows.getString(8));
    }

    /**
     * The ledger entries with the current version of their native records (-1 where it has gone), read
     * by the same pupils through the table's pupil index. Not by id: H2 checks every row it returns
     * against the whole IN list, and a chunk's ids number thousands where its pupils number a hundred.
     */
    private <K> Map<K, ImportLink> withCurrentVersions(Map<K, ImportLink> links, Collection<String> pupilIds,
            String table) {
        if (links.isEmpty()) {
            return links;
        }
        Map<Long, Long> versions = new HashMap<>();
        forChunks(pupilIds, "SELECT id, version FROM " + table + " WHERE pupil_id IN ",
                rows -> versions.put(rows.getLong(1), rows.getLong(2)));
        Map<K, ImportLink> current = new HashMap<>(links.size() * 2);
        links.forEach((key, l) -> current.put(key, new ImportLink(l.digest(), l.recordId(), l.recordVersion(),
                versions.getOrDefault(l.recordId(), -1L), l.runId(), l.formatId())));
        return current;
    }

    @Override
    public List<Assessment> insertImportedProfiles(List<Assessment> assessments, List<String> digests) {
        if (assessments.isEmpty()) {
            return List.of();
        }
        lockLedger(); // every write of ledger entries holds the lock, should a caller not have taken it first
        RowDefaults shared = null;
        if (assessments.get(0).imported().isPresent()) {
            Assessment first = assessments.get(0);
            long run = first.imported().get().runId();
            shared = rowDefaults.get(run);
            if (shared == null) {
                try {
                    shared = RowDefaults.read(connection.get(), run).orElse(null);
                    if (shared == null) {
                        // a run's first rows: from now on its rows are staged, unseen until this transaction commits
                        shared = staged != null ? staged.begin(connection.get(), RowDefaults.of(first))
                                : RowDefaults.of(first).insert(connection.get());
                    }
                } catch (SQLException e) {
                    throw new StoreException("Could not record the values shared by the profiles of import run " + run
                            + ": " + e.getMessage(), e);
                }
                rowDefaults.put(run, shared);
            }
            if (staged != null && staged.stages(run) && assessments.stream().allMatch(shared::holds)) {
                return staged.insert(assessments, digests, shared);
            }
        }
        return new JdbcProfileRepository(connection).insertAll(assessments, digests, shared);
    }

    @Override
    public void saveProfileLinks(Map<ImportedProfileKey, ImportLink> added, Map<ImportedProfileKey, ImportLink> changed) {
        List<Map.Entry<ImportedProfileKey, ImportLink>> all = new ArrayList<>(added.entrySet());
        all.addAll(changed.entrySet());
        // the entry goes onto the assessment (one per natural key: the writer holds the ledger lock); one kept apart goes
        if (all.isEmpty()) {
            return;
        }
        lockLedger();
        try (PreparedStatement update = connection.get().prepareStatement("UPDATE assessment SET import_digest = ?,"
                + " import_version = ?, import_ledger = TRUE WHERE id = ? AND pupil_id = ? AND kind = ?"
                + " AND assessed_on = ?")) {
            for (Map.Entry<ImportedProfileKey, ImportLink> e : all) {
                update.setString(1, e.getValue().digest());
                update.setLong(2, e.getValue().recordVersion());
                update.setLong(3, e.getValue().recordId());
                bindKey(update, 4, e.getKey());
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new StoreException("Could not record imported profile " + all.get(i).getKey()
                            + ": assessment " + all.get(i).getValue().recordId() + " of that pupil, kind and date"
                            + " does not exist", null);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not record " + all.size() + " imported profiles on their assessments"
                    + " (first " + all.get(0).getKey() + "): " + e.getMessage(), e);
        }
        batch("DELETE FROM imported_profile WHERE pupil_id = ? AND kind = ? AND assessed_on = ?", all,
                (s, e) -> bindKey(s, 1, e.getKey()), "move imported profiles onto their assessments");
    }

    private static void bindKey(PreparedStatement s, int first, ImportedProfileKey key) throws SQLException {
        s.setString(first, key.pupilId());
        s.setString(first + 1, key.kind().name());
        Columns.setDate(s, first + 2, key.assessedOn());
    }

    @Override
    public void savePlanLinks(Map<ImportedPlanKey, ImportLink> added, Map<ImportedPlanKey, ImportLink> changed) {
        batch("INSERT INTO imported_plan (digest, run_id, format_id, plan_id, plan_version, pupil_id, start_date)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", List.copyOf(added.entrySet()), JdbcImportRepository::bindPlanLink,
                "record imported plans");
        batch("UPDATE imported_plan SET digest = ?, run_id = ?, format_id = ?, plan_id = ?, plan_version = ?,"
                + " review_date = NULL, status = NULL, targets = NULL WHERE pupil_id = ? AND start_date = ?",
                List.copyOf(changed.entrySet()), JdbcImportRepository::bindPlanLink, "update imported plans");
    }

    private static int bindLink(PreparedStatement s, ImportLink link) throws SQLException {
        s.setString(1, link.digest());
        s.setLong(2, link.runId());
        s.setString(3, link.formatId());
        s.setLong(4, link.recordId());
        s.setLong(5, link.recordVersion());
        return 6;
    }

    private static void bindPlanLink(PreparedStatement s, Map.Entry<ImportedPlanKey, ImportLink> e)
            throws SQLException {
        int i = bindLink(s, e.getValue());
        s.setString(i, e.getKey().pupilId());
        Columns.setDate(s, i + 1, e.getKey().startDate());
    }

    @Override
    public void saveProfiles(List<StoredImportedProfile> added, List<StoredImportedProfile> changed) {
        batch(INSERT_PROFILE, added, JdbcImportRepository::bindProfile, "add imported profiles");
        batch(UPDATE_PROFILE, changed, JdbcImportRepository::bindProfile, "update imported profiles");
    }

    @Override
    public void savePlans(List<StoredImportedPlan> added, List<StoredImportedPlan> changed) {
        batch(INSERT_PLAN, added, JdbcImportRepository::bindPlan, "add imported plans");
        batch(UPDATE_PLAN, changed, JdbcImportRepository::bindPlan, "update imported plans");
    }

    @Override
    public List<StoredImportedProfile> profilesOf(String pupilId) {
        List<StoredImportedProfile> found = new ArrayList<>();
        query("SELECT pupil_id, kind, assessed_on, strands, statements, digest, run_id, format_id FROM imported_profile"
                + " WHERE pupil_id = ? ORDER BY assessed_on DESC, id DESC", pupilId, rows -> found.add(
                        new StoredImportedProfile(new ImportedProfileKey(rows.getString(1),
                                ProfileKind.valueOf(rows.getString(2)), rows.getObject(3, LocalDate.class)),
                                ImportColumns.strands(rows.getString(4)), ImportColumns.statements(rows.getString(5)),
                                rows.getString(6), rows.getLong(7), rows.getString(8))));
        // keys written since imports keep their ledger on the native assessment: no content here (read the record)
        query("SELECT a.pupil_id, a.kind, a.assessed_on, a.import_digest, a.import_run_id, COALESCE(a.import_format,"
                + " d.import_format)" + RowDefaults.VISIBLE_ASSESSMENTS + "a.import_ledger = TRUE"
                + " AND a.pupil_id = ? ORDER BY a.assessed_on DESC, a.id DESC", pupilId,
                rows -> found.add(new StoredImportedProfile(new ImportedProfileKey(rows.getString(1),
                        ProfileKind.valueOf(rows.getString(2)), rows.getObject(3, LocalDate.class)), List.of(), Map.of(),
                        rows.getString(4), rows.getLong(5), Optional.ofNullable(rows.getString(6)).orElse(""))));
        found.sort(java.util.Comparator.comparing((StoredImportedProfile p) -> p.key().assessedOn()).reversed());
        return found;
    }

    @Override
    public List<StoredImportedPlan> plansOf(String pupilId) {
        List<StoredImportedPlan> found = new ArrayList<>();
        query("SELECT pupil_id, start_date, review_date, status, targets, digest, run_id, format_id FROM imported_plan"
                + " WHERE pupil_id = ? ORDER BY start_date DESC, id DESC", pupilId, rows -> found.add(
                        new StoredImportedPlan(new ImportedPlanKey(rows.getString(1), rows.getObject(2, LocalDate.class)),
                                // content columns are NULL for keys written since imports make native plans
                                Optional.ofNullable(rows.getObject(3, LocalDate.class))
                                        .orElse(rows.getObject(2, LocalDate.class)),
                                PlanStatus.valueOf(Optional.ofNullable(rows.getString(4)).orElse("ACTIVE")),
                                ImportColumns.targets(rows.getString(5)), rows.getString(6), rows.getLong(7),
                                rows.getString(8))));
        return found;
    }

    @Override
    public long[] totals() {
        try (Statement s = connection.get().createStatement();
                ResultSet rows = s.executeQuery("SELECT (SELECT COUNT(*) FROM imported_profile)"
                        + " + (SELECT COUNT(*)" + RowDefaults.VISIBLE_ASSESSMENTS + "a.import_ledger = TRUE),"
                        + " (SELECT COUNT(*) FROM imported_plan)")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        } catch (SQLException e) {
            throw new StoreException("Could not count imported profiles and plans: " + e.getMessage(), e);
        }
    }

    @Override
    public long insertRun(ImportRun run) {
        String sql = "INSERT INTO import_run (file_name, format_id, format_label, started_by, started_at, finished_at,"
                + " status, bytes_total, row_count, added, changed, unchanged, skipped, problems, message)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.get().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, shorten(run.fileName(), 300));
            insert.setString(2, run.formatId());
            insert.setString(3, shorten(run.formatLabel(), 200));
            insert.setString(4, run.startedBy());
            Columns.setInstant(insert, 5, run.startedAt());
            bindFinish(insert, 6, run);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not record the import of " + run.fileName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void updateRun(ImportRun run, Optional<byte[]> gzippedReport) {
        String sql = "UPDATE import_run SET finished_at = ?, status = ?, bytes_total = ?, row_count = ?, added = ?,"
                + " changed = ?, unchanged = ?, skipped = ?, problems = ?, message = ?"
                + (gzippedReport.isPresent() ? ", report = ?" : "") + " WHERE id = ?";
        try (PreparedStatement update = connection.get().prepareStatement(sql)) {
            int next = bindFinish(update, 1, run);
            if (gzippedReport.isPresent()) {
                update.setBytes(next++, gzippedReport.get());
            }
            update.setLong(next, run.id());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not record the state of import run " + run.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<ImportRun> runs(int limit) {
        List<ImportRun> runs = new ArrayList<>();
        try (PreparedStatement select = connection.get().prepareStatement("SELECT " + RUN_COLUMNS
                + " FROM import_run ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    runs.add(readRun(rows));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw new StoreException("Could not list import runs: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ImportRun> run(long runId) {
        List<ImportRun> found = new ArrayList<>();
        query("SELECT " + RUN_COLUMNS + " FROM import_run WHERE id = ?", runId, rows -> found.add(readRun(rows)));
        return found.stream().findFirst();
    }

    @Override
    public void recordRunSchools(long runId, String schoolKeys) {
        try (PreparedStatement update = connection.get().prepareStatement(
                "UPDATE import_run SET school_keys = ? WHERE id = ?")) {
            update.setString(1, shorten(schoolKeys, 2000));
            update.setLong(2, runId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not record the schools of import run " + runId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<Long, String> runSchools(Collection<Long> runIds) {
        Map<Long, String> schools = new HashMap<>();
        if (runIds.isEmpty()) {
            return schools;
        }
        // one statement for the page's runs (a list shows a few dozen at most)
        String marks = String.join(", ", java.util.Collections.nCopies(runIds.size(), "?"));
        try (PreparedStatement select = connection.get().prepareStatement("SELECT id, school_keys FROM import_run"
                + " WHERE school_keys IS NOT NULL AND id IN (" + marks + ")")) {
            int i = 1;
            for (Long id : runIds) {
                select.setLong(i++, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    schools.put(rows.getLong(1), rows.getString(2));
                }
            }
            return schools;
        } catch (SQLException e) {
            throw new StoreException("Could not read the schools of import runs: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<byte[]> report(long runId) {
        List<byte[]> found = new ArrayList<>();
        query("SELECT report FROM import_run WHERE id = ? AND report IS NOT NULL", runId,
                rows -> found.add(rows.getBytes(1)));
        return found.stream().findFirst();
    }

    private static int bindFinish(PreparedStatement s, int first, ImportRun run) throws SQLException {
        int i = first;
        if (run.finishedAt().isPresent()) {
            Columns.setInstant(s, i++, run.finishedAt().get());
        } else {
            s.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        s.setString(i++, run.status().name());
        s.setLong(i++, run.bytesTotal());
        ImportCounts c = run.counts();
        s.setLong(i++, c.rows());
        s.setLong(i++, c.added());
        s.setLong(i++, c.changed());
        s.setLong(i++, c.unchanged());
        s.setLong(i++, c.skipped());
        s.setLong(i++, c.problems());
        s.setString(i++, shorten(run.message().orElse(""), 2000));
        return i;
    }

    private static ImportRun readRun(ResultSet rows) throws SQLException {
        OffsetDateTime finished = rows.getObject("finished_at", OffsetDateTime.class);
        String message = rows.getString("message");
        ImportStatus status = Columns.getEnum(rows, "import_run", "status", ImportStatus.class);
        long total = rows.getLong("bytes_total");
        return new ImportRun(rows.getLong("id"), rows.getString("file_name"), rows.getString("format_id"),
                rows.getString("format_label"), rows.getString("started_by"), Columns.getInstant(rows, "started_at"),
                Optional.ofNullable(finished).map(OffsetDateTime::toInstant), status,
                status.working() ? 0 : total, total, new ImportCounts(rows.getLong("row_count"), rows.getLong("added"),
                        rows.getLong("changed"), rows.getLong("unchanged"), rows.getLong("skipped"),
                        rows.getLong("problems")), List.of(),
                message.isEmpty() ? Optional.empty() : Optional.of(message));
    }

    private static void bindProfile(PreparedStatement s, StoredImportedProfile p) throws SQLException {
        s.setString(1, ImportColumns.strands(p.strands()));
        s.setString(2, ImportColumns.statements(p.statements()));
        s.setString(3, p.digest());
        s.setLong(4, p.runId());
        s.setString(5, p.formatId());
        s.setString(6, p.key().pupilId());
        s.setString(7, p.key().kind().name());
        Columns.setDate(s, 8, p.key().assessedOn());
    }

    private static void bindPlan(PreparedStatement s, StoredImportedPlan p) throws SQLException {
        Columns.setDate(s, 1, p.reviewDate());
        s.setString(2, p.status().name());
        s.setString(3, ImportColumns.targets(p.targets()));
        s.setString(4, p.digest());
        s.setLong(5, p.runId());
        s.setString(6, p.formatId());
        s.setString(7, p.key().pupilId());
        Columns.setDate(s, 8, p.key().startDate());
    }

    private <T> void batch(String sql, List<T> items, Binder<T> binder, String what) {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.get().prepareStatement(sql)) {
            for (T item : items) {
                binder.bind(statement, item);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("Could not " + what + " (" + items.size() + " rows, first " + items.get(0)
                    + "): " + e.getMessage(), e);
        }
    }

    private void forChunks(Collection<String> ids, String selectIn, RowReader reader) {
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String sql = selectIn + "(" + "?,".repeat(chunk.size() - 1) + "?)";
            try (PreparedStatement select = connection.get().prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("Could not read imported records of " + chunk.size() + " pupils: "
                        + e.getMessage(), e);
            }
        }
    }

    private void query(String sql, Object key, RowReader reader) {
        try (PreparedStatement select = connection.get().prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read imports (" + key + "): " + e.getMessage(), e);
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }
}
