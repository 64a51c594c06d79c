package org.thrivemis.host.reference.internal.web.pupils;

import java.util.List;
import org.thrivemis.host.reference.internal.web.Chrome;

/**
 * Model of the pupil list.
 *
 * @param chrome page chrome
 * @param query the search text, as typed
 * @param total how many pupils match
 * @param rows the first of them, at most {@link PupilListServlet#MAX_ROWS}
 */
public record PupilListPage(Chrome chrome, String query, int total, List<PupilRow> rows) {

    public PupilListPage {
        rows = List.copyOf(rows);
    }

    /** "1 pupil", "420 pupils". */
    public String count() {
        return total + (total == 1 ? " pupil" : " pupils");
    }

    /** Whether more pupils match than the table shows. */
    public boolean truncated() {
        return total > rows.size();
    }
}
