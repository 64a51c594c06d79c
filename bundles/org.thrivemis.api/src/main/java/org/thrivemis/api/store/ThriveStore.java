package org.thrivemis.api.store;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The plugin's storage. Work runs in one transaction: committed when it returns, rolled back
 * when it throws (the exception is passed on; SQL failures become {@link StoreException}).
 * Only the core calls this; the web never does.
 */
@ProviderType
public interface ThriveStore {

    /** Runs read-only work. */
    <T> T read(StoreWork<T> work);

    /** Runs work that writes; all or nothing. */
    <T> T write(StoreWork<T> work);

    /** A short description of the database in use for admins, e.g. "H2 2.5.252 (file ./data/thrive)". */
    String describe();
}
