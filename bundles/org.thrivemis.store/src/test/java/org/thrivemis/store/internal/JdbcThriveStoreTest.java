package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.store.StoreException;
import org.thrivemis.api.store.StoreTx;

/** The store as the component runs it: H2's own DataSourceFactory, the pool, migrations, transactions. */
class JdbcThriveStoreTest {

    private static final Instant NOON = Instant.parse("2025-09-10T12:00:00Z");

    @TempDir
    Path dataDir;

    private JdbcThriveStore store;

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private JdbcThriveStore open(TestConfig config) {
        DatabaseSettings settings = DatabaseSettings.from(config,
                key -> DatabaseSettings.DATA_DIR_PROPERTY.equals(key) ? dataDir.toString() : null);
        return new JdbcThriveStore(settings, new OsgiDataSourceFactory(new Driver()));
    }

    @Test
    void byDefaultUsesAnH2FileInTheDataDirectory() {
        store = open(TestConfig.defaults());

        assertTrue(Files.exists(dataDir.resolve("thrive.mv.db")), "database file created in " + dataDir);
        assertTrue(store.describe().startsWith("H2 2."), store.describe());
        assertTrue(store.describe().endsWith(", file " + dataDir.resolve("thrive")), store.describe());
    }

    @Test
    void describeNeverShowsThePassword() {
        String url = "jdbc:h2:file:" + dataDir.resolve("secret") + ";PASSWORD=hunter2";
        store = open(TestConfig.defaults().withUrl(url));

        assertFalse(store.describe().contains("hunter2"), store.describe());
        assertTrue(store.describe().endsWith("jdbc:h2:file:" + dataDir.resolve("secret")), store.describe());
    }

    @Test
    void writeCommitsWhenTheWorkReturns() {
        store = open(TestConfig.defaults());

        ConsentRecord stored = store.write(tx -> tx.consents().insert(consent("p1")));

        assertEquals(List.of(stored), store.read(tx -> tx.consents().history("p1")));
    }

    @Test
    void aWriteWhoseWorkThrowsLeavesNothingBehindAndPassesTheExceptionOn() {
        store = open(TestConfig.defaults());
        IllegalStateException thrown = new IllegalStateException("consent gate said no");

        IllegalStateException caught = assertThrows(IllegalStateException.class, () -> store.write(tx -> {
            tx.consents().insert(consent("p1"));
            tx.audit().append(List.of(audit("p1")));
            throw thrown;
        }));

        assertSame(thrown, caught);
        assertEquals(List.of(), store.read(tx -> tx.consents().history("p1")));
        assertEquals(List.of(), store.read(tx -> tx.audit().search(AuditQuery.forPupil("p1", 10))));
    }

    @Test
    void aFailingStatementRollsBackTheWholeWork() {
        store = open(TestConfig.defaults());
        ConsentRecord tooLong = new ConsentRecord(0, "p1", consent("p1").decision(), consent("p1").scopes(),
                "x".repeat(500), consent("p1").relationship(), consent("p1").decidedOn(), "", "s1", "Ann", NOON);

        assertThrows(StoreException.class, () -> store.write(tx -> {
            tx.audit().append(List.of(audit("p1")));
            return tx.consents().insert(tooLong);
        }));

        assertEquals(List.of(), store.read(tx -> tx.audit().search(AuditQuery.forPupil("p1", 10))));
    }

    @Test
    void dataSurvivesClosingAndReopeningTheStore() {
        store = open(TestConfig.defaults());
        ConsentRecord stored = store.write(tx -> tx.consents().insert(consent("p1")));
        store.write(tx -> {
            tx.audit().append(List.of(audit("p1")));
            return null;
        });
        store.close();

        store = open(TestConfig.defaults());

        assertEquals(List.of(stored), store.read(tx -> tx.consents().history("p1")));
        List<AuditEntry> trail = store.read(tx -> tx.audit().search(AuditQuery.forPupil("p1", 10)));
        assertEquals(List.of("consent.record"), trail.stream().map(AuditEntry::action).toList());
    }

    @Test
    void repositoriesRefuseToWorkAfterTheirUnitOfWork() {
        store = open(TestConfig.defaults());
        AtomicReference<StoreTx> leaked = new AtomicReference<>();
        store.read(tx -> {
            leaked.set(tx);
            return null;
        });

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> leaked.get().consents().history("p1"));

        assertTrue(e.getMessage().contains("after its unit of work ended"), e.getMessage());
    }

    @Test
    void anUnreachableDatabaseFailsActivationWithTheLocationAndWhatToCheck() {
        String url = "jdbc:h2:file:" + dataDir.resolve("absent") + ";IFEXISTS=TRUE";

        StoreException e = assertThrows(StoreException.class, () -> open(TestConfig.defaults().withUrl(url)));

        assertTrue(e.getMessage().startsWith("Cannot connect to the Thrive database jdbc:h2:file:"), e.getMessage());
        assertTrue(e.getMessage().contains("configuration org.thrivemis.store"), e.getMessage());
    }

    private static ConsentRecord consent(String pupilId) {
        return JdbcConsentRepositoryTest.record(pupilId, LocalDate.of(2025, 9, 1), NOON);
    }

    private static AuditEntry audit(String pupilId) {
        return JdbcAuditRepositoryTest.entry(NOON, "s1", "consent.record", pupilId, AuditOutcome.ALLOWED);
    }
}
