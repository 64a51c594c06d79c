package org.thrivemis.api.store;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditQuery;

/** The audit trail: append-only. */
@ProviderType
public interface AuditRepository {

    /** Appends the entries in one batch (their ids are ignored). */
    void append(List<AuditEntry> entries);

    /** Entries matching the query, newest first. */
    List<AuditEntry> search(AuditQuery query);
}
