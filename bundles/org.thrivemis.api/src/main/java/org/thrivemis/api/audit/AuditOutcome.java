package org.thrivemis.api.audit;

/** Whether the audited access was allowed. */
public enum AuditOutcome {
    ALLOWED,
    DENIED
}
