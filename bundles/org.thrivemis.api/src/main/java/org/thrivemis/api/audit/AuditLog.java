package org.thrivemis.api.audit;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;

/** Search of the audit trail, for senior leads and admins. The search itself is audited. */
@ProviderType
public interface AuditLog {

    /**
     * Entries matching the query, newest first.
     *
     * @throws AccessDeniedException unless the actor is a senior lead or admin
     */
    List<AuditEntry> search(Actor actor, AuditQuery query);
}
