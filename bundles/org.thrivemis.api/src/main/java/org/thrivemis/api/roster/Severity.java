package org.thrivemis.api.roster;

/** How bad a {@link SyncIssue} is. */
public enum Severity {
    /** Worth knowing; the sync went ahead. */
    WARNING,
    /** The dataset cannot be applied as it is: the sync changes nothing. */
    ERROR
}
