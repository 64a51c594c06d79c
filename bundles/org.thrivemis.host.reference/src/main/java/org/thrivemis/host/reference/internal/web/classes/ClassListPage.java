package org.thrivemis.host.reference.internal.web.classes;

import java.util.List;
import org.thrivemis.host.reference.internal.web.Chrome;

/**
 * Model of the class list.
 *
 * @param schools the schools the viewer may choose between (the filter is shown for more than one)
 * @param school the key of the school chosen, empty for all of the viewer's schools
 */
public record ClassListPage(Chrome chrome, List<ClassRow> rows, List<SchoolOption> schools, String school) {

    /** One school in the filter. */
    public record SchoolOption(String key, String name) {
    }

    public ClassListPage {
        rows = List.copyOf(rows);
        schools = List.copyOf(schools);
    }

    /** Whether the viewer sees several schools, so the list has a school filter and column. */
    public boolean severalSchools() {
        return schools.size() > 1;
    }
}
