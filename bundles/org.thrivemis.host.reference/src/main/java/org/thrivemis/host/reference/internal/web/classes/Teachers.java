package org.thrivemis.host.reference.internal.web.classes;

import java.util.Optional;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.StaffDirectory;
import org.thrivemis.mis.api.StaffMember;

/** A class's teachers as one line of names. */
final class Teachers {

    private Teachers() {
    }

    static String of(SchoolClass schoolClass, StaffDirectory staff) {
        String names = String.join(" and ", schoolClass.teacherIds().stream().map(staff::staff)
                .flatMap(Optional::stream).map(StaffMember::displayName).toList());
        return names.isEmpty() ? "No teacher recorded" : names;
    }
}
