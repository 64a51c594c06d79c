package org.thrivemis.store.internal;

import java.sql.Connection;
import java.util.function.Supplier;
import org.thrivemis.api.store.AuditRepository;
import org.thrivemis.api.store.ConsentRepository;
import org.thrivemis.api.store.DataProtectionRepository;
import org.thrivemis.api.store.ImportRepository;
import org.thrivemis.api.store.PlanRepository;
import org.thrivemis.api.store.ProfileRepository;
import org.thrivemis.api.store.RosterRepository;
import org.thrivemis.api.store.ScreeningRepository;
import org.thrivemis.api.store.StoreTx;

/**
 * The repositories of one transaction, all on its one connection. Once the work has ended they
 * refuse to run, so a repository leaked out of its work cannot write outside a transaction.
 */
final class JdbcStoreTx implements StoreTx {

    private final Connection connection;
    private final ConsentRepository consents = new JdbcConsentRepository(this::connection);
    private final AuditRepository audit = new JdbcAuditRepository(this::connection);
    private final RosterRepository roster = new JdbcRosterRepository(this::connection);
    private final ProfileRepository profiles = new JdbcProfileRepository(this::connection);
    private final PlanRepository plans = new JdbcPlanRepository(this::connection);
    private final ScreeningRepository screening = new JdbcScreeningRepository(this::connection);
    private final DataProtectionRepository dataProtection = new JdbcDataProtectionRepository(this::connection);
    private final StagedRows staged;
    private final ImportRepository imports;
    private volatile boolean open = true;

    /** @param another opens a second connection, for an import's staged rows (null: none) */
    JdbcStoreTx(Connection connection, Supplier<Connection> another) {
        this.connection = connection;
        this.staged = another == null ? null : new StagedRows(another);
        this.imports = new JdbcImportRepository(this::connection, staged);
    }

    @Override
    public ConsentRepository consents() {
        return consents;
    }

    @Override
    public AuditRepository audit() {
        return audit;
    }

    @Override
    public RosterRepository roster() {
        return roster;
    }

    @Override
    public ProfileRepository profiles() {
        return profiles;
    }

    @Override
    public PlanRepository plans() {
        return plans;
    }

    @Override
    public ScreeningRepository screening() {
        return screening;
    }

    @Override
    public DataProtectionRepository dataProtection() {
        return dataProtection;
    }

    @Override
    public ImportRepository imports() {
        return imports;
    }

    /** Called when the work returns or throws; later use of the repositories fails. */
    void end() {
        open = false;
    }

    /** Called once the transaction has committed or rolled back (an import's staged rows go with a rollback). */
    void settled(boolean committed) {
        if (staged != null) {
            staged.settle(committed);
        }
    }

    private Connection connection() {
        if (!open) {
            throw new IllegalStateException("A StoreTx was used after its unit of work ended; use the"
                    + " repositories only inside the work passed to ThriveStore.read or write");
        }
        return connection;
    }
}
