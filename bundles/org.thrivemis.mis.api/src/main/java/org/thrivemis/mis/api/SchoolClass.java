package org.thrivemis.mis.api;

import java.util.List;
import java.util.Objects;

/**
 * A registration class (form) as the host knows it.
 *
 * @param id host id of the class
 * @param name display name, e.g. "Year 3 Oak"
 * @param yearGroup the host's year-group label
 * @param teacherIds staff ids of the class's teachers
 */
public record SchoolClass(String id, String name, String yearGroup, List<String> teacherIds) {
    public SchoolClass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(yearGroup, "yearGroup");
        teacherIds = List.copyOf(teacherIds);
    }
}
