package org.thrivemis.api.roster;

import org.osgi.annotation.versioning.ProviderType;

/** Receives what a {@link RosterSource} reads, in any order; implemented by the sync engine. */
@ProviderType
public interface RosterSink {

    void school(RosterSchool school);

    void schoolClass(RosterClass schoolClass);

    void pupil(RosterPupil pupil);

    void staff(RosterStaff staff);

    void enrollment(RosterEnrollment enrollment);

    /** A delta's explicit removal. */
    void removal(RosterRemoval removal);

    /** A problem with the data; an {@link Severity#ERROR} stops the run from changing anything. */
    void issue(SyncIssue issue);

    /** What the source is doing now, for the admin page, e.g. "Reading users.csv". */
    void progress(String stage);
}
