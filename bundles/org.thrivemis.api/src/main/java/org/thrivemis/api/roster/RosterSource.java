package org.thrivemis.api.roster;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: where roster records come from (the host MIS, a OneRoster CSV dataset, a
 * OneRoster REST provider…). Register one service per configured source with the {@link #ID},
 * {@link #LABEL} and {@link #KIND} properties (see {@link RosterSourceProperties}). Only the
 * {@link RosterSync} service calls sources; nobody else looks them up.
 *
 * <p>A source only reads and reports: it hands records to the sink as it reads them and reports
 * what is wrong with the data as {@link SyncIssue}s (never by throwing), so one run lists every
 * problem of a dataset. Validation of the dataset as a whole (references, duplicates) and all
 * writing is the sync engine's. A web source pages through collections and, for a request with
 * {@link RosterRequest#changedSince()}, asks only for records changed since then, declaring
 * {@link Coverage#DELTA} for them.
 */
@ConsumerType
public interface RosterSource {

    /** Service property: the source's unique id, e.g. {@code trust-csv}; stored with every record it supplied. */
    String ID = "roster.source.id";
    /** Service property: the name shown to admins, e.g. "Trust OneRoster export". */
    String LABEL = "roster.source.label";
    /** Service property: the kind, e.g. {@code host}, {@code oneroster-csv}, {@code oneroster-rest}. */
    String KIND = "roster.source.kind";
    /**
     * Optional service property: minutes between scheduled syncs of this source (an integer; absent or
     * 0 for on demand only).
     */
    String SCHEDULE_MINUTES = "roster.source.schedule.minutes";

    /**
     * Reads the source once.
     *
     * @param request what to read (everything, or changes since a time; an uploaded dataset)
     * @param sink receives records, removals, issues and progress, on the calling thread
     * @return how much of each kind of record was delivered
     * @throws RosterSourceException when the source cannot be read at all (unreachable, no such
     *         folder); the message says what to do
     */
    RosterRead read(RosterRequest request, RosterSink sink);

    /**
     * A digest of exactly the data a read of this request would deliver, when the source can tell
     * cheaply without reading it (a file source hashes its files). The sync skips the read when the
     * digest equals that of the last applied run and no other sync has run since. Sources that cannot
     * tell (a web provider) keep the default: empty, always read.
     */
    default java.util.Optional<String> fingerprint(RosterRequest request) {
        return java.util.Optional.empty();
    }
}
