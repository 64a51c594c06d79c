package org.thrivemis.core.internal.dataprotection;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.dataprotection.HeldPupilDetails;
import org.thrivemis.api.dataprotection.RetentionCandidate;
import org.thrivemis.api.store.AuditRepository;
import org.thrivemis.api.store.ConsentRepository;
import org.thrivemis.api.store.DataProtectionRepository;
import org.thrivemis.api.store.PlanRepository;
import org.thrivemis.api.store.ProfileRepository;
import org.thrivemis.api.store.StoreTx;
import org.thrivemis.api.store.StoreWork;
import org.thrivemis.api.store.ThriveStore;

/**
 * A store for the data-protection unit tests: an audit list, roster details and retention candidates
 * set by the test, and a record of every erase and archive asked for. Profiles and plans are empty.
 */
final class FakeStore implements ThriveStore {
    final List<AuditEntry> audit = new ArrayList<>();
    final List<HeldPupilDetails> held = new ArrayList<>();
    final List<RetentionCandidate> due = new ArrayList<>();
    final List<String> erased = new ArrayList<>();
    final List<String> archived = new ArrayList<>();
    Instant askedCutoff;

    @Override
    public synchronized <T> T read(StoreWork<T> work) {
        return work.run(new Tx(false));
    }

    @Override
    public synchronized <T> T write(StoreWork<T> work) {
        return work.run(new Tx(true));
    }

    @Override
    public String describe() {
        return "fake";
    }

    private static <R> R empty(Class<R> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> method.getReturnType() == List.class ? List.of() : null));
    }

    private final class Tx implements StoreTx, AuditRepository, DataProtectionRepository, ConsentRepository {
        private final boolean writable;

        Tx(boolean writable) {
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
        public ProfileRepository profiles() {
            return empty(ProfileRepository.class);
        }

        @Override
        public PlanRepository plans() {
            return empty(PlanRepository.class);
        }

        @Override
        public DataProtectionRepository dataProtection() {
            return this;
        }

        @Override
        public void append(List<AuditEntry> entries) {
            if (!writable) {
                throw new IllegalStateException("append in a read transaction");
            }
            audit.addAll(entries);
        }

        @Override
        public List<AuditEntry> search(AuditQuery query) {
            return audit.stream().filter(e -> query.pupilId().map(e.pupilId()::equals).orElse(true)).toList();
        }

        @Override
        public ConsentRecord insert(ConsentRecord record) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ConsentRecord> history(String pupilId) {
            return List.of();
        }

        @Override
        public Map<String, List<ConsentRecord>> histories(Collection<String> pupilIds) {
            return Map.of();
        }

        @Override
        public boolean any() {
            return false;
        }

        @Override
        public List<HeldPupilDetails> heldDetails(String pupilId) {
            return held.stream().filter(h -> h.sourceId().equals(pupilId)).toList();
        }

        @Override
        public Map<String, Integer> erase(String pupilId, String token) {
            erased.add(pupilId + "->" + token);
            return Map.of("consent_record", 2, "audit_entry", 3);
        }

        @Override
        public Map<String, Integer> archive(String pupilId, String token) {
            archived.add(pupilId + "->" + token);
            return Map.of("assessment", 1);
        }

        @Override
        public List<RetentionCandidate> leftBefore(Instant cutoff) {
            askedCutoff = cutoff;
            return List.copyOf(due);
        }
    }
}
