package org.thrivemis.core.internal.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ImportOrigin;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.imports.ImportDecision;
import org.thrivemis.api.imports.ImportRecord;
import org.thrivemis.api.imports.ImportWriter;
import org.thrivemis.api.imports.ImportedPlan;
import org.thrivemis.api.imports.ImportedProfile;
import org.thrivemis.api.imports.MatchedRecord;
import org.thrivemis.api.imports.RowOutcome;
import org.thrivemis.api.imports.StrandScore;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.store.BaselineDone;
import org.thrivemis.api.store.ImportLink;
import org.thrivemis.api.store.ImportedPlanKey;
import org.thrivemis.api.store.ImportedProfileKey;
import org.thrivemis.api.store.StoreTx;
import org.thrivemis.core.internal.HostClock;

/**
 * Makes imported records native: a completed assessment per imported profile and an action plan per
 * imported plan, marked with where they came from. Consent is decided here by the domain's rule (the
 * latest decision per scope), the ledger (natural key → digest, native record and its version then)
 * tells added from changed from unchanged, and a record staff changed since it was imported is a
 * conflict left alone. Preview and commit run the same decisions; only commit writes (batches per
 * chunk) and audits each pupil written.
 */
@Component(service = ImportWriter.class)
public class ImportWriterImpl implements ImportWriter {
    static final String ACTION_WRITE = "import.write";
    private static final ThriveRole[] MAY_IMPORT = {ThriveRole.OFFICE, ThriveRole.SENIOR_LEAD};

    private final ContentPackService packs;
    private final Clock clock;

    @Activate
    public ImportWriterImpl(@Reference ContentPackService packs, @Reference HostClock clock) {
        this(packs, (Clock) clock);
    }

    public ImportWriterImpl(ContentPackService packs, Clock clock) {
        this.packs = Objects.requireNonNull(packs, "packs");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What one record will do, worked out before anything is written. */
    private static final class Planned {
        final MatchedRecord matched;
        final Object key;
        final String digest;
        /** For a profile, the origin its native record carries (with the export's strand results). */
        final ImportOrigin profileOrigin;
        final ImportLink link;
        ImportDecision decision;

        Planned(MatchedRecord matched, Object key, String digest, ImportOrigin profileOrigin, ImportLink link) {
            this.matched = matched;
            this.key = key;
            this.digest = digest;
            this.profileOrigin = profileOrigin;
            this.link = link;
        }
    }

    /**
     * A chunk with what needs no transaction worked out on the pipeline's reading thread: each record's
     * natural key and digest and, for a profile, the origin its native record will carry.
     */
    private static final class PreparedChunk implements Prepared {
        private final ImportOrigin origin;
        private final List<MatchedRecord> records;
        final Object[] keys;
        final String[] digests;
        final ImportOrigin[] profileOrigins;
        final Set<String> pupilIds = new LinkedHashSet<>();
        boolean anyProfile;
        boolean anyPlan;

        PreparedChunk(ImportOrigin origin, List<MatchedRecord> records) {
            this.origin = Objects.requireNonNull(origin, "origin");
            this.records = List.copyOf(records);
            int n = this.records.size();
            keys = new Object[n];
            digests = new String[n];
            profileOrigins = new ImportOrigin[n];
            // profiles with the same strand results share one origin (immutable): a chunk repeats them often
            Map<List<StrandScore>, ImportOrigin> byStrands = new HashMap<>();
            for (int i = 0; i < n; i++) {
                MatchedRecord m = this.records.get(i);
                pupilIds.add(m.pupilId());
                if (m.record() instanceof ImportedProfile profile) {
                    anyProfile = true;
                    keys[i] = new ImportedProfileKey(m.pupilId(), profile.kind(), profile.assessedOn());
                    digests[i] = Digests.of(profile);
                    profileOrigins[i] = byStrands.computeIfAbsent(profile.strands(), k -> profileOrigin(profile,
                            origin));
                } else {
                    ImportedPlan plan = (ImportedPlan) m.record();
                    anyPlan = true;
                    keys[i] = new ImportedPlanKey(m.pupilId(), plan.startDate());
                    digests[i] = Digests.of(plan);
                }
            }
        }

        @Override
        public ImportOrigin origin() {
            return origin;
        }

        @Override
        public List<MatchedRecord> records() {
            return records;
        }
    }

    @Override
    public Prepared prepare(ImportOrigin origin, List<MatchedRecord> records) {
        return new PreparedChunk(origin, records);
    }

    @Override
    public List<ImportDecision> apply(StoreTx tx, Actor actor, ImportOrigin origin, List<MatchedRecord> records,
            boolean commit) {
        return apply(tx, actor, prepare(origin, records), commit);
    }

    @Override
    public List<ImportDecision> apply(StoreTx tx, Actor actor, Prepared prepared, boolean commit) {
        if (!actor.hasAny(MAY_IMPORT)) {
            throw new AccessDeniedException("Only office staff and senior leads can import Thrive-Online exports.");
        }
        PreparedChunk chunk = prepared instanceof PreparedChunk mine ? mine
                : new PreparedChunk(prepared.origin(), prepared.records());
        List<MatchedRecord> records = chunk.records;
        if (records.isEmpty()) {
            return List.of();
        }
        if (commit) {
            // before the ledger is read: an import committing at the same time waits, so no key is added twice
            tx.imports().lockLedger();
        }
        ImportOrigin origin = chunk.origin;
        Set<String> pupilIds = chunk.pupilIds;
        Map<String, Map<ConsentScope, ConsentState>> consent = new HashMap<>();
        tx.consents().histories(pupilIds).forEach((id, history) -> consent.put(id, ConsentStatus.statesOf(history)));
        Map<ImportedProfileKey, ImportLink> profileLinks = chunk.anyProfile ? tx.imports().profileLinks(pupilIds)
                : Map.of();
        Map<ImportedPlanKey, ImportLink> planLinks = chunk.anyPlan ? tx.imports().planLinks(pupilIds) : Map.of();

        List<Planned> planned = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            MatchedRecord m = records.get(i);
            Object key = chunk.keys[i];
            ImportLink link = key instanceof ImportedProfileKey k ? profileLinks.get(k)
                    : planLinks.get((ImportedPlanKey) key);
            Planned p = new Planned(m, key, chunk.digests[i], chunk.profileOrigins[i], link);
            p.decision = decide(p, consent.getOrDefault(m.pupilId(), Map.of()), origin);
            planned.add(p);
        }
        if (commit) {
            write(tx, actor, origin, planned);
        }
        List<ImportDecision> decisions = new ArrayList<>(planned.size());
        planned.forEach(p -> decisions.add(p.decision));
        return decisions;
    }

    private static ImportDecision decide(Planned p, Map<ConsentScope, ConsentState> consent, ImportOrigin origin) {
        ImportRecord r = p.matched.record();
        ConsentScope scope = r instanceof ImportedProfile profile
                ? (profile.kind().isIndividual() ? ConsentScope.INDIVIDUAL_ASSESSMENT : null)
                : ConsentScope.ACTION_PLAN;
        if (scope != null) {
            ConsentState state = consent.getOrDefault(scope, ConsentState.NOT_RECORDED);
            if (state != ConsentState.GIVEN) {
                return new ImportDecision(RowOutcome.NO_CONSENT, "Parental consent for "
                        + scope.label().toLowerCase() + " is " + state.label().toLowerCase() + " for "
                        + p.matched.displayName() + ": nothing was imported for this row. Record consent in the MIS"
                        + " first, then import the file again");
            }
        }
        ImportLink link = p.link;
        if (link == null || !link.hasRecord()) {
            // new, or imported before imports made native records (or the record has gone): make it now
            return new ImportDecision(RowOutcome.ADDED, "");
        }
        if (link.digest().equals(p.digest)) {
            return new ImportDecision(RowOutcome.UNCHANGED, "");
        }
        if (link.editedSince()) {
            String what = r instanceof ImportedProfile ? "profile" : "action plan";
            return new ImportDecision(RowOutcome.CONFLICT, "Staff have changed this " + what + " in the MIS since"
                    + " import run " + link.runId() + " brought it in, so the export's new version was not applied."
                    + " Compare them and change the " + what + " in the MIS if the export is right");
        }
        return new ImportDecision(RowOutcome.CHANGED, "");
    }

    private void write(StoreTx tx, Actor actor, ImportOrigin origin, List<Planned> planned) {
        Instant now = clock.instant();
        ContentPack pack = packs.current();
        Map<String, int[]> written = new LinkedHashMap<>();
        Map<String, MatchedRecord> baselines = new LinkedHashMap<>();
        // profiles first, so a plan of the same chunk can name the profile it follows
        List<Planned> newProfiles = new ArrayList<>();
        List<Assessment> toInsert = new ArrayList<>();
        Map<ImportedProfileKey, ImportLink> changedLinks = new HashMap<>();
        for (Planned p : planned) {
            if (!(p.matched.record() instanceof ImportedProfile profile) || !p.decision.outcome().writes()) {
                continue;
            }
            Assessment native_ = assessment(p, profile, origin, pack, actor, now);
            if (p.decision.outcome() == RowOutcome.ADDED) {
                newProfiles.add(p);
                toInsert.add(native_);
            } else {
                long expected = p.link.currentVersion();
                Assessment saved = tx.profiles().update(withId(native_, p.link.recordId(), expected), expected)
                        .orElseThrow(() -> new IllegalStateException("assessment " + p.link.recordId()
                                + " changed while the import was writing it"));
                changedLinks.put((ImportedProfileKey) p.key, new ImportLink(p.digest, saved.id(), saved.version(),
                        saved.version(), origin.runId(), origin.formatId()));
            }
            count(written, p);
            if (profile.kind() == ProfileKind.BASELINE) {
                baselines.putIfAbsent(p.matched.pupilId(), p.matched);
            }
        }
        // each new assessment carries its ledger entry on its own row: one row per imported profile
        List<String> digests = new ArrayList<>(newProfiles.size());
        newProfiles.forEach(p -> digests.add(p.digest));
        List<Assessment> inserted = tx.imports().insertImportedProfiles(toInsert, digests);
        for (int i = 0; i < inserted.size(); i++) {
            Planned p = newProfiles.get(i);
            if (p.link != null) {
                // a key imported before imports made native records: its entry kept apart moves onto the row
                Assessment a = inserted.get(i);
                changedLinks.put((ImportedProfileKey) p.key, new ImportLink(p.digest, a.id(), a.version(), a.version(),
                        origin.runId(), origin.formatId()));
            }
        }
        tx.imports().saveProfileLinks(Map.of(), changedLinks);
        writePlans(tx, actor, origin, planned, inserted, now, written);
        // the baselines the roster sync asked for are done: the pupils leave the "needs baseline" list
        List<BaselineDone> done = new ArrayList<>(baselines.size());
        baselines.values().forEach(m -> done.add(new BaselineDone(m.upn(), m.pupilId(), m.givenName(),
                m.familyName())));
        tx.roster().clearNeedsBaseline(done);
        List<AuditEntry> entries = new ArrayList<>(written.size());
        String from = "import run " + origin.runId() + " (" + origin.formatLabel() + "): ";
        written.forEach((pupilId, n) -> entries.add(new AuditEntry(0, now, actor.userId(), actor.displayName(),
                ACTION_WRITE, pupilId, from + n[0] + " added, " + n[1] + " changed", AuditOutcome.ALLOWED)));
        tx.audit().append(entries);
    }

    private void writePlans(StoreTx tx, Actor actor, ImportOrigin origin, List<Planned> planned,
            List<Assessment> insertedNow, Instant now, Map<String, int[]> written) {
        List<Planned> plans = planned.stream().filter(p -> p.matched.record() instanceof ImportedPlan
                && p.decision.outcome().writes()).toList();
        if (plans.isEmpty()) {
            return;
        }
        Map<String, List<Assessment>> profilesOf = new HashMap<>();
        Set<String> pupils = new LinkedHashSet<>();
        plans.forEach(p -> pupils.add(p.matched.pupilId()));
        tx.profiles().ofPupils(pupils).forEach(a -> profilesOf.computeIfAbsent(a.pupilId(), k -> new ArrayList<>())
                .add(a));
        Map<ImportedPlanKey, ImportLink> added = new HashMap<>();
        Map<ImportedPlanKey, ImportLink> changed = new HashMap<>();
        for (Planned p : plans) {
            ImportedPlan plan = (ImportedPlan) p.matched.record();
            long assessmentId = followedProfile(profilesOf.getOrDefault(p.matched.pupilId(), List.of()),
                    plan.startDate());
            ActionPlan unsaved = new ActionPlan(0, p.matched.pupilId(), assessmentId, plan.status(), plan.targets(),
                    List.of(), Map.of(), "", origin.formatLabel(), plan.startDate(), plan.reviewDate(), now,
                    actor.displayName(), 0, List.of(), Optional.of(origin));
            ActionPlan saved;
            if (p.decision.outcome() == RowOutcome.ADDED) {
                saved = tx.plans().insert(unsaved);
            } else {
                long expected = p.link.currentVersion();
                ActionPlan update = new ActionPlan(p.link.recordId(), unsaved.pupilId(), assessmentId,
                        unsaved.status(), unsaved.targets(), List.of(), Map.of(), "", unsaved.ownerName(),
                        unsaved.startDate(), unsaved.reviewDate(), now, actor.displayName(), expected, List.of(),
                        unsaved.imported());
                saved = tx.plans().update(update, expected).orElseThrow(() -> new IllegalStateException(
                        "action plan " + p.link.recordId() + " changed while the import was writing it"));
            }
            ImportLink link = new ImportLink(p.digest, saved.id(), saved.version(), saved.version(), origin.runId(),
                    origin.formatId());
            (p.link == null ? added : changed).put((ImportedPlanKey) p.key, link);
            count(written, p);
        }
        tx.imports().savePlanLinks(added, changed);
    }

    /** The pupil's latest individual profile on or before the plan's start (0 when there is none). */
    private static long followedProfile(Collection<Assessment> profiles, LocalDate start) {
        Assessment best = null;
        for (Assessment a : profiles) {
            if (a.kind().isIndividual() && !a.assessedOn().isAfter(start) && a.status() == AssessmentStatus.COMPLETED
                    && (best == null || a.assessedOn().isAfter(best.assessedOn()))) {
                best = a;
            }
        }
        return best == null ? 0 : best.id();
    }

    /** The origin a profile's native record carries: the run's, with the export's strand results. */
    private static ImportOrigin profileOrigin(ImportedProfile profile, ImportOrigin origin) {
        Map<Strand, Integer> percents = new EnumMap<>(Strand.class);
        for (StrandScore s : profile.strands()) {
            percents.put(s.strand(), s.percentSecure());
        }
        return new ImportOrigin(origin.formatId(), origin.formatLabel(), origin.runId(), origin.importedOn(),
                percents);
    }

    private static Assessment assessment(Planned p, ImportedProfile profile, ImportOrigin origin, ContentPack pack,
            Actor actor, Instant now) {
        return new Assessment(0, p.matched.pupilId(), profile.kind(), "", AssessmentStatus.COMPLETED,
                profile.assessedOn(), pack.id(), pack.version(), profile.statements(), "", origin.formatLabel(), now,
                actor.displayName(), Optional.of(now), 1, Optional.of(p.profileOrigin));
    }

    private static Assessment withId(Assessment a, long id, long version) {
        return new Assessment(id, a.pupilId(), a.kind(), a.reason(), a.status(), a.assessedOn(), a.packId(),
                a.packVersion(), a.levels(), a.assessorId(), a.assessorName(), a.updatedAt(), a.updatedBy(),
                a.completedAt(), version, a.imported());
    }

    private static void count(Map<String, int[]> written, Planned p) {
        written.computeIfAbsent(p.matched.pupilId(), id -> new int[2])[p.decision.outcome() == RowOutcome.ADDED
                ? 0 : 1]++;
    }
}
