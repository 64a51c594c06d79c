package org.thrivemis.api.roster;

/**
 * How much of one kind of record a source delivered in a read, which decides what a missing record
 * means (OneRoster's manifest {@code file.*} values).
 */
public enum Coverage {
    /** Every current record: one the roster has but the source did not send is archived. */
    BULK,
    /** Only changes since the last sync: records not sent stay as they are; removals are explicit. */
    DELTA,
    /** Nothing about this kind: the roster's records of this kind stay as they are. */
    ABSENT
}
