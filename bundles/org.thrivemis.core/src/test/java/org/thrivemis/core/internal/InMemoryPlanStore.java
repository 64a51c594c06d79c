package org.thrivemis.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanReview;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.store.AuditRepository;
import org.thrivemis.api.store.ConsentRepository;
import org.thrivemis.api.store.PlanRepository;
import org.thrivemis.api.store.ProfileRepository;
import org.thrivemis.api.store.StoreTx;
import org.thrivemis.api.store.StoreWork;
import org.thrivemis.api.store.ThriveStore;

/**
 * A ThriveStore for the plan service's unit tests: plans (with optimistic versions, as the JDBC
 * store keeps them) and audit entries in memory. Write work runs on copies that replace the state
 * only when the work returns, so work that throws leaves nothing; read work may not write.
 */
final class InMemoryPlanStore implements ThriveStore {
    private Map<Long, ActionPlan> plans = new LinkedHashMap<>();
    private Map<Long, Assessment> assessments = new LinkedHashMap<>();
    private List<AuditEntry> audit = new ArrayList<>();
    private long nextId = 1;
    /** Runs inside the next write, before its work: simulates another user's save landing meanwhile. */
    Runnable beforeNextWrite = () -> { };

    @Override
    public synchronized <T> T read(StoreWork<T> work) {
        return work.run(new Tx(plans, assessments, audit, false));
    }

    @Override
    public synchronized <T> T write(StoreWork<T> work) {
        Runnable meanwhile = beforeNextWrite;
        beforeNextWrite = () -> { };
        meanwhile.run();
        Tx tx = new Tx(new LinkedHashMap<>(plans), new LinkedHashMap<>(assessments), new ArrayList<>(audit), true);
        long idBefore = nextId;
        try {
            T result = work.run(tx);
            plans = tx.plans;
            assessments = tx.assessments;
            audit = tx.audit;
            return result;
        } catch (RuntimeException e) {
            nextId = idBefore;
            throw e;
        }
    }

    @Override
    public String describe() {
        return "in memory (plan tests)";
    }

    synchronized List<ActionPlan> plans() {
        return List.copyOf(plans.values());
    }

    /** Assessments a review started (the plan service writes no others). */
    synchronized List<Assessment> assessments() {
        return List.copyOf(assessments.values());
    }

    synchronized List<AuditEntry> audit() {
        return List.copyOf(audit);
    }

    private final class Tx implements StoreTx, PlanRepository, AuditRepository {
        final Map<Long, ActionPlan> plans;
        final Map<Long, Assessment> assessments;
        final List<AuditEntry> audit;
        final boolean writable;

        Tx(Map<Long, ActionPlan> plans, Map<Long, Assessment> assessments, List<AuditEntry> audit, boolean writable) {
            this.plans = plans;
            this.assessments = assessments;
            this.audit = audit;
            this.writable = writable;
        }

        @Override
        public ConsentRepository consents() {
            throw new UnsupportedOperationException("the plan service reads consent through ConsentService");
        }

        @Override
        public AuditRepository audit() {
            return this;
        }

        @Override
        public PlanRepository plans() {
            return this;
        }

        @Override
        public ProfileRepository profiles() {
            return new ProfileRepository() {
                @Override
                public Assessment insert(Assessment a) {
                    requireWritable();
                    Assessment stored = new Assessment(nextId++, a.pupilId(), a.kind(), a.reason(), a.status(),
                            a.assessedOn(), a.packId(), a.packVersion(), a.levels(), a.assessorId(), a.assessorName(),
                            a.updatedAt(), a.updatedBy(), a.completedAt(), 1);
                    assessments.put(stored.id(), stored);
                    return stored;
                }

                @Override
                public Optional<Assessment> find(long id) {
                    return Optional.ofNullable(assessments.get(id));
                }

                @Override
                public List<Assessment> ofPupil(String pupilId) {
                    return assessments.values().stream().filter(a -> a.pupilId().equals(pupilId)).toList();
                }

                @Override
                public Optional<Assessment> update(Assessment a, long expectedVersion) {
                    throw new UnsupportedOperationException("the plan service only starts assessments");
                }
            };
        }

        @Override
        public ActionPlan insert(ActionPlan p) {
            requireWritable();
            ActionPlan stored = new ActionPlan(nextId++, p.pupilId(), p.assessmentId(), p.status(), p.targets(),
                    p.activities(), p.relationalNotes(), p.ownerId(), p.ownerName(), p.startDate(), p.reviewDate(),
                    p.updatedAt(), p.updatedBy(), 1, List.of());
            plans.put(stored.id(), stored);
            return stored;
        }

        @Override
        public Optional<ActionPlan> update(ActionPlan p, long expectedVersion) {
            requireWritable();
            ActionPlan current = plans.get(p.id());
            if (current == null || current.version() != expectedVersion) {
                return Optional.empty();
            }
            ActionPlan stored = new ActionPlan(p.id(), current.pupilId(), current.assessmentId(), p.status(),
                    p.targets(), p.activities(), p.relationalNotes(), current.ownerId(), current.ownerName(),
                    p.startDate(), p.reviewDate(), p.updatedAt(), p.updatedBy(), expectedVersion + 1,
                    current.reviews());
            plans.put(stored.id(), stored);
            return Optional.of(stored);
        }

        @Override
        public PlanReview addReview(long planId, PlanReview r) {
            requireWritable();
            ActionPlan p = plans.get(planId);
            PlanReview stored = new PlanReview(nextId++, r.reviewedOn(), r.reviewerId(), r.reviewerName(),
                    r.progress(), r.notes(), r.newAssessmentRequested(), r.recordedAt(), r.newAssessmentId());
            List<PlanReview> reviews = new ArrayList<>(p.reviews());
            reviews.add(stored);
            plans.put(planId, new ActionPlan(p.id(), p.pupilId(), p.assessmentId(), p.status(), p.targets(),
                    p.activities(), p.relationalNotes(), p.ownerId(), p.ownerName(), p.startDate(), p.reviewDate(),
                    p.updatedAt(), p.updatedBy(), p.version(), reviews));
            return stored;
        }

        @Override
        public Optional<ActionPlan> find(long planId) {
            return Optional.ofNullable(plans.get(planId));
        }

        /** Newest first by id, as the repository documents. */
        @Override
        public List<ActionPlan> ofPupil(String pupilId) {
            return plans.values().stream().filter(p -> p.pupilId().equals(pupilId))
                    .sorted(Comparator.comparingLong(ActionPlan::id).reversed()).toList();
        }

        @Override
        public void append(List<AuditEntry> entries) {
            requireWritable();
            for (AuditEntry e : entries) {
                audit.add(new AuditEntry(audit.size() + 1, e.at(), e.actorId(), e.actorName(), e.action(),
                        e.pupilId(), e.detail(), e.outcome()));
            }
        }

        @Override
        public List<AuditEntry> search(AuditQuery q) {
            throw new UnsupportedOperationException("not used by the plan service");
        }

        private void requireWritable() {
            if (!writable) {
                throw new IllegalStateException("write attempted in a read-only transaction");
            }
        }
    }
}
