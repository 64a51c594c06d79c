package org.thrivemis.roster.internal;

import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterClass;
import org.thrivemis.api.roster.RosterEnrollment;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterStaff;

/** Records without their origin, as stored, so a re-read equals the stored value when nothing changed. */
final class Stripped {
    private Stripped() {
    }

    static RosterSchool of(RosterSchool s) {
        return new RosterSchool(s.sourceId(), s.name(), Origin.NONE);
    }

    static RosterClass of(RosterClass c) {
        return new RosterClass(c.sourceId(), c.schoolSourceId(), c.title(), Origin.NONE);
    }

    static RosterPupil of(RosterPupil p) {
        return new RosterPupil(p.sourceId(), p.upn(), p.givenName(), p.familyName(), p.dateOfBirth(),
                p.schoolSourceIds(), Origin.NONE);
    }

    static RosterStaff of(RosterStaff s) {
        return new RosterStaff(s.sourceId(), s.givenName(), s.familyName(), s.schoolSourceIds(), Origin.NONE);
    }

    static RosterEnrollment of(RosterEnrollment e) {
        return new RosterEnrollment(e.sourceId(), e.classSourceId(), e.userSourceId(), e.role(), e.begin(), e.end(),
                Origin.NONE);
    }
}
