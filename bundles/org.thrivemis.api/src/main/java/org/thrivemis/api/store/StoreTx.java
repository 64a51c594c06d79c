package org.thrivemis.api.store;

import org.osgi.annotation.versioning.ProviderType;

/** The repositories of one transaction. Valid only inside the work it was passed to. */
@ProviderType
public interface StoreTx {

    ConsentRepository consents();

    AuditRepository audit();

    /**
     * The roster and sync runs. A default only so test doubles of other areas need not implement
     * it; the store bundle's transactions do.
     */
    default RosterRepository roster() {
        throw new UnsupportedOperationException("This StoreTx has no roster repository");
    }

    /**
     * Action plans. A default only so test doubles of other areas need not implement it; the store
     * bundle's transactions do.
     */
    default PlanRepository plans() {
        throw new UnsupportedOperationException("This StoreTx has no plan repository");
    }

    /**
     * Individual assessments (profiles). A default only so test doubles of other areas need not
     * implement it; the store bundle's transactions do.
     */
    default ProfileRepository profiles() {
        throw new UnsupportedOperationException("This StoreTx has no profile repository");
    }

    /**
     * Whole-group screening rounds. A default only so test doubles of other areas need not
     * implement it; the store bundle's transactions do.
     */
    default ScreeningRepository screening() {
        throw new UnsupportedOperationException("This StoreTx has no screening repository");
    }

    /**
     * Subject access, erasure and retention across every table. A default only so test doubles of
     * other areas need not implement it; the store bundle's transactions do.
     */
    default DataProtectionRepository dataProtection() {
        throw new UnsupportedOperationException("This StoreTx has no data protection repository");
    }

    /**
     * Imported Thrive-Online profiles and plans, and import runs. A default only so test doubles of
     * other areas need not implement it; the store bundle's transactions do.
     */
    default ImportRepository imports() {
        throw new UnsupportedOperationException("This StoreTx has no import repository");
    }
}
