package org.thrivemis.mis.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Port: the schools of a trust that one installation serves, which school each pupil and class
 * belongs to, and which schools each member of staff may see. A host that serves one school does
 * not register this service; plugins then treat every signed-in user as seeing the whole school.
 * When it is registered, plugins show and change the data of a pupil only for staff whose
 * {@linkplain #schoolsOfStaff(String) schools} include the pupil's school.
 *
 * @since 1.2
 */
@ProviderType
public interface SchoolDirectory {

    /** Every school of the installation, in the host's display order. */
    List<School> schools();

    /** The key of the school the pupil is on roll at (or was, for a leaver); empty for a pupil the host does not know. */
    Optional<String> schoolOfPupil(String pupilId);

    /**
     * The school keys of the pupils among these ids the host knows, by pupil id (one call for many).
     * Pupils the host does not know are left out.
     */
    default Map<String, String> schoolsOfPupils(Collection<String> pupilIds) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String id : pupilIds) {
            schoolOfPupil(id).ifPresent(key -> keys.put(id, key));
        }
        return keys;
    }

    /** The key of the school the class belongs to; empty for a class the host does not know. */
    Optional<String> schoolOfClass(String classId);

    /**
     * The keys of the schools whose pupils the member of staff may see, as their host roles allow:
     * every school for a trust-wide role, their own school otherwise, none for staff the host does not know.
     */
    Set<String> schoolsOfStaff(String staffId);
}
