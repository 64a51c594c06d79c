package org.thrivemis.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.store.AuditRepository;
import org.thrivemis.api.store.ConsentRepository;
import org.thrivemis.api.store.StoreException;
import org.thrivemis.api.store.StoreTx;
import org.thrivemis.api.store.StoreWork;
import org.thrivemis.api.store.ThriveStore;

/**
 * A ThriveStore for unit tests: records kept in lists, in insertion order. Write work runs on copies
 * that replace the lists only when the work returns, so work that throws leaves nothing. Read work
 * may not append. Counts transactions and bulk reads so tests can check how the store was used.
 */
final class InMemoryThriveStore implements ThriveStore {
    private List<ConsentRecord> consents = new ArrayList<>();
    private List<AuditEntry> audit = new ArrayList<>();
    private long nextId = 1;
    int writes;
    int reads;
    int historiesCalls;
    /** When set, appending audit entries fails like a broken database would. */
    boolean failAuditAppends;

    @Override
    public synchronized <T> T read(StoreWork<T> work) {
        reads++;
        return work.run(new Tx(consents, audit, false));
    }

    @Override
    public synchronized <T> T write(StoreWork<T> work) {
        writes++;
        Tx tx = new Tx(new ArrayList<>(consents), new ArrayList<>(audit), true);
        long idBefore = nextId;
        try {
            T result = work.run(tx);
            consents = tx.consents;
            audit = tx.audit;
            return result;
        } catch (RuntimeException e) {
            nextId = idBefore;
            throw e;
        }
    }

    @Override
    public String describe() {
        return "in memory (tests)";
    }

    /** Consent records committed so far, in insertion order. */
    synchronized List<ConsentRecord> consents() {
        return List.copyOf(consents);
    }

    /** Audit entries committed so far, in insertion order. */
    synchronized List<AuditEntry> audit() {
        return List.copyOf(audit);
    }

    /** Stores a record directly, as if recorded earlier, bypassing the service. */
    synchronized ConsentRecord seed(ConsentRecord record) {
        ConsentRecord stored = withId(record);
        consents.add(stored);
        return stored;
    }

    private ConsentRecord withId(ConsentRecord r) {
        return new ConsentRecord(nextId++, r.pupilId(), r.decision(), r.scopes(), r.personName(),
                r.relationship(), r.decidedOn(), r.note(), r.recordedById(), r.recordedByName(), r.recordedAt());
    }

    private final class Tx implements StoreTx, ConsentRepository, AuditRepository {
        final List<ConsentRecord> consents;
        final List<AuditEntry> audit;
        final boolean writable;

        Tx(List<ConsentRecord> consents, List<AuditEntry> audit, boolean writable) {
            this.consents = consents;
            this.audit = audit;
            this.writable = writable;
        }

        @Override
        public ConsentRepository consents() {
            return this;
        }

        @Override
        public AuditRepository audit() {
            return this;
        }

        @Override
        public ConsentRecord insert(ConsentRecord record) {
            requireWritable();
            ConsentRecord stored = withId(record);
            consents.add(stored);
            return stored;
        }

        @Override
        public boolean any() {
            return !consents.isEmpty();
        }

        /** Insertion order on purpose: the core must not rely on the store's ordering. */
        @Override
        public List<ConsentRecord> history(String pupilId) {
            return consents.stream().filter(r -> r.pupilId().equals(pupilId)).toList();
        }

        @Override
        public Map<String, List<ConsentRecord>> histories(Collection<String> pupilIds) {
            historiesCalls++;
            Map<String, List<ConsentRecord>> result = new LinkedHashMap<>();
            for (ConsentRecord r : consents) {
                if (pupilIds.contains(r.pupilId())) {
                    result.computeIfAbsent(r.pupilId(), k -> new ArrayList<>()).add(r);
                }
            }
            return result;
        }

        @Override
        public void append(List<AuditEntry> entries) {
            requireWritable();
            if (failAuditAppends) {
                throw new StoreException("audit table unavailable (test)", null);
            }
            for (AuditEntry e : entries) {
                audit.add(new AuditEntry(audit.size() + 1, e.at(), e.actorId(), e.actorName(), e.action(),
                        e.pupilId(), e.detail(), e.outcome()));
            }
        }

        @Override
        public List<AuditEntry> search(AuditQuery q) {
            return audit.stream()
                    .filter(e -> q.pupilId().map(e.pupilId()::equals).orElse(true))
                    .filter(e -> q.actorId().map(e.actorId()::equals).orElse(true))
                    .filter(e -> q.action().map(e.action()::equals).orElse(true))
                    .filter(e -> q.from().map(f -> !e.at().isBefore(f)).orElse(true))
                    .filter(e -> q.to().map(t -> !e.at().isAfter(t)).orElse(true))
                    .sorted(Comparator.comparing(AuditEntry::at).thenComparingLong(AuditEntry::id).reversed())
                    .limit(q.limit())
                    .toList();
        }

        private void requireWritable() {
            if (!writable) {
                throw new IllegalStateException("write attempted in a read-only transaction");
            }
        }
    }
}
