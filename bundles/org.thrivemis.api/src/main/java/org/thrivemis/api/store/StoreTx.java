package org.thrivemis.api.store;

import org.osgi.annotation.versioning.ProviderType;

/** The repositories of one transaction. Valid only inside the work it was passed to. */
@ProviderType
public interface StoreTx {

    ConsentRepository consents();

    AuditRepository audit();
}
