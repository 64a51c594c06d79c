package org.thrivemis.core.internal.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.roster.BaselinePupil;
import org.thrivemis.api.store.AuditRepository;
import org.thrivemis.api.store.ConsentRepository;
import org.thrivemis.api.store.RosterRepository;
import org.thrivemis.api.store.StoreTx;
import org.thrivemis.api.store.StoreWork;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.mis.api.ClassDirectory;

class NeedsBaselineImplTest {

    private static final Instant NOW = Instant.parse("2025-09-10T09:00:00Z");
    private static final BaselinePupil ADA = new BaselinePupil("csv", "u1", Optional.empty(), "Ada", "Smith",
            Optional.empty(), List.of("Oak Primary"), NOW);

    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<BaselinePupil> flagged = new ArrayList<>(List.of(ADA));

    private final NeedsBaselineImpl service = new NeedsBaselineImpl(store(), unusedDirectory(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void officeAndPractitionersSeeTheListAndEachPupilShownIsAudited() {
        for (ThriveRole role : List.of(ThriveRole.OFFICE, ThriveRole.PRACTITIONER, ThriveRole.SENIOR_LEAD)) {
            audit.clear();

            assertEquals(List.of(ADA), service.pupils(actor(role)));

            assertEquals(1, audit.size(), role.name());
            assertEquals("roster.baseline.read", audit.get(0).action());
            assertEquals("u1", audit.get(0).pupilId());
            assertEquals(AuditOutcome.ALLOWED, audit.get(0).outcome());
        }
    }

    @Test
    void anEmptyListIsAuditedToo() {
        flagged.clear();

        assertTrue(service.pupils(actor(ThriveRole.OFFICE)).isEmpty());

        assertEquals(1, audit.size());
        assertEquals("", audit.get(0).pupilId());
    }

    @Test
    void teachersAndAdminsAreRefusedAndTheRefusalAudited() {
        for (ThriveRole role : List.of(ThriveRole.TEACHER, ThriveRole.ADMIN)) {
            audit.clear();

            AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> service.pupils(actor(role)));

            assertTrue(e.getMessage().contains("see which pupils need a baseline profile"), e.getMessage());
            assertEquals(1, audit.size());
            assertEquals(AuditOutcome.DENIED, audit.get(0).outcome());
        }
    }

    private static Actor actor(ThriveRole role) {
        return new Actor("s-" + role, "Staff " + role, Set.of(role));
    }

    private ThriveStore store() {
        StoreTx tx = new StoreTx() {
            @Override
            public ConsentRepository consents() {
                throw new UnsupportedOperationException();
            }

            @Override
            public AuditRepository audit() {
                return new AuditRepository() {
                    @Override
                    public void append(List<AuditEntry> entries) {
                        audit.addAll(entries);
                    }

                    @Override
                    public List<AuditEntry> search(AuditQuery query) {
                        throw new UnsupportedOperationException();
                    }
                };
            }

            @Override
            public RosterRepository roster() {
                return (RosterRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {RosterRepository.class}, (proxy, method, args) -> {
                            if (method.getName().equals("needingBaseline")) {
                                return List.copyOf(flagged);
                            }
                            throw new UnsupportedOperationException(method.getName());
                        });
            }
        };
        return new ThriveStore() {
            @Override
            public <T> T read(StoreWork<T> work) {
                return work.run(tx);
            }

            @Override
            public <T> T write(StoreWork<T> work) {
                return work.run(tx);
            }

            @Override
            public String describe() {
                return "test";
            }
        };
    }

    private static ClassDirectory unusedDirectory() {
        return (ClassDirectory) Proxy.newProxyInstance(NeedsBaselineImplTest.class.getClassLoader(),
                new Class<?>[] {ClassDirectory.class}, (proxy, method, args) -> {
                    throw new AssertionError("a whole-school list needs no class lookup");
                });
    }
}
