package org.thrivemis.api.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.profile.Assessment;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.imports.ImportRun;

/**
 * Profiles and plans imported from Thrive-Online exports, each under a natural key (pupil + kind +
 * date for a profile, pupil + start date for a plan) with a digest of its content, so a re-import
 * finds what it already stored and an updated export changes only what differs. Also the import
 * runs and their reports.
 */
@ProviderType
public interface ImportRepository {

    /** The content digests of the stored imported profiles of these pupils, by key (one query per call). */
    Map<ImportedProfileKey, String> profileDigests(Collection<String> pupilIds);

    /** The content digests of the stored imported plans of these pupils, by key. */
    Map<ImportedPlanKey, String> planDigests(Collection<String> pupilIds);

    /** Inserts new profiles and updates changed ones (by key), with JDBC batches. */
    void saveProfiles(List<StoredImportedProfile> added, List<StoredImportedProfile> changed);

    /** Inserts new plans and updates changed ones (by key), with JDBC batches. */
    void savePlans(List<StoredImportedPlan> added, List<StoredImportedPlan> changed);

    /**
     * Takes the import ledger's lock for the rest of this transaction, waiting while another transaction
     * (on this node or another sharing the database) holds it. A transaction that will write ledger
     * entries takes it before it reads the ledger, so no two imports both find a key new and both add it.
     * Taking it again in the same transaction is harmless.
     *
     * @since 1.4
     */
    void lockLedger();

    /**
     * The ledger of these pupils' imported profiles by natural key, with the current version of the
     * native assessment each was written to (one query per 500 pupils).
     */
    Map<ImportedProfileKey, ImportLink> profileLinks(Collection<String> pupilIds);

    /** The ledger of these pupils' imported plans by natural key, with the current version of each native plan. */
    Map<ImportedPlanKey, ImportLink> planLinks(Collection<String> pupilIds);

    /**
     * Inserts imported profiles as native assessments with their levels, each carrying the ledger entry of
     * its natural key (the assessment's pupil, kind and date; {@code digests}, position by position; the
     * version written) on the same row, and drops any entry kept apart for those keys (one imported before
     * imports made native records). JDBC batches; returns the assessments with their ids, in order.
     *
     * @since 1.3
     */
    List<Assessment> insertImportedProfiles(List<Assessment> assessments, List<String> digests);

    /**
     * Records ledger entries for profiles already stored as native assessments ({@link ImportLink#recordId}),
     * new ones and changed ones alike (by key), with JDBC batches. Since 1.3 the entry is kept on the
     * assessment itself.
     */
    void saveProfileLinks(Map<ImportedProfileKey, ImportLink> added, Map<ImportedProfileKey, ImportLink> changed);

    /** Records new plan ledger entries and updates existing ones (by key), with JDBC batches. */
    void savePlanLinks(Map<ImportedPlanKey, ImportLink> added, Map<ImportedPlanKey, ImportLink> changed);

    /**
     * Every imported profile of the pupil, newest first. Since 1.2 imports write native assessments and
     * keep only the ledger here: keys written since have no strands or statements (read the native
     * record); this, {@link #profileDigests}, {@link #saveProfiles} and their plan twins remain for
     * compatibility.
     */
    List<StoredImportedProfile> profilesOf(String pupilId);

    /** Every imported plan of the pupil, newest first. */
    List<StoredImportedPlan> plansOf(String pupilId);

    /** How many imported profiles and plans are stored, for "nothing changed" checks and the admin page. */
    long[] totals();

    /** Records a new run (its id is ignored) and returns its id. */
    long insertRun(ImportRun run);

    /** Stores a run's status, counts and times, with its report (gzip-compressed CSV) when given. */
    void updateRun(ImportRun run, Optional<byte[]> gzippedReport);

    /** The latest runs, newest first (issues are not kept: the report has them). */
    List<ImportRun> runs(int limit);

    /** One run. */
    Optional<ImportRun> run(long runId);

    /**
     * Records whose pupils a run may touch, so that in a trust only staff of those schools see the run
     * and its report: {@code "*"} for every school, otherwise the school keys joined by commas.
     */
    void recordRunSchools(long runId, String schoolKeys);

    /**
     * The schools recorded for these runs ({@link #recordRunSchools}); a run recorded before trusts
     * has none and is absent from the map.
     */
    Map<Long, String> runSchools(Collection<Long> runIds);

    /** A run's report as stored (gzip-compressed CSV). */
    Optional<byte[]> report(long runId);
}
