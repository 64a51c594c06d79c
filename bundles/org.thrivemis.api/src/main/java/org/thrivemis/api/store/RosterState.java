package org.thrivemis.api.store;

import java.util.List;
import org.thrivemis.api.roster.RosterClass;
import org.thrivemis.api.roster.RosterEnrollment;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterStaff;

/** Every stored row of one roster source, archived ones included. */
public record RosterState(List<RosterRow<RosterSchool>> schools, List<RosterRow<RosterClass>> classes,
        List<RosterRow<RosterPupil>> pupils, List<RosterRow<RosterStaff>> staff,
        List<RosterRow<RosterEnrollment>> enrollments) {
    public RosterState {
        schools = List.copyOf(schools);
        classes = List.copyOf(classes);
        pupils = List.copyOf(pupils);
        staff = List.copyOf(staff);
        enrollments = List.copyOf(enrollments);
    }
}
