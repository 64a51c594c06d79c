package org.thrivemis.mis.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Port: the host's classes, who teaches them and who is in them. */
@ProviderType
public interface ClassDirectory {

    /** Every class, in the host's display order. */
    List<SchoolClass> classes();

    /** The class with this host id. */
    Optional<SchoolClass> schoolClass(String id);

    /** Every enrollment of the class, past and present. */
    List<Enrollment> enrollments(String classId);

    /** The classes the pupil is enrolled in on the given day. */
    List<SchoolClass> classesOf(String pupilId, LocalDate day);

    /** The classes the member of staff teaches. */
    List<SchoolClass> taughtBy(String staffId);
}
