package org.thrivemis.host.reference.internal.web.classes;

import java.util.List;
import org.thrivemis.host.reference.internal.web.Chrome;

/** Model of the class list. */
public record ClassListPage(Chrome chrome, List<ClassRow> rows) {

    public ClassListPage {
        rows = List.copyOf(rows);
    }
}
