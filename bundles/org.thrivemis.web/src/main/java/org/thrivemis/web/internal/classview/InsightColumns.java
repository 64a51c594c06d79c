package org.thrivemis.web.internal.classview;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.classview.ClassInsights;
import org.thrivemis.api.classview.PupilInsight;
import org.thrivemis.mis.api.ColumnCell;
import org.thrivemis.mis.api.ColumnRequest;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.web.internal.ThriveAccess;

/**
 * What our Thrive columns share: one bulk read of the class's insights per page (through the memo)
 * and the cell of each pupil; pupils the viewer may not see get an empty cell.
 */
@Component(service = InsightColumns.class)
public final class InsightColumns {

    private final ClassInsights insights;
    private final RoleMapping roles;
    private final InsightsMemo memo = new InsightsMemo();
    private final Clock clock = Clock.system(org.thrivemis.web.internal.UkFormat.SCHOOL_ZONE);

    @Activate
    public InsightColumns(@Reference ClassInsights insights, @Reference RoleMapping roles) {
        this.insights = insights;
        this.roles = roles;
    }

    /** Today at school, for "review overdue". */
    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** The cells of every pupil on the page, made by {@code cell} from each insight. */
    Map<String, ColumnCell> cells(ColumnRequest request, Function<PupilInsight, ColumnCell> cell) {
        List<String> ids = request.pupils().stream().map(Pupil::id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, PupilInsight> read = memo.insights(insights, ThriveAccess.actorOf(roles, request.viewer()), ids);
        Map<String, ColumnCell> cells = new LinkedHashMap<>();
        for (String id : ids) {
            PupilInsight insight = read.get(id);
            cells.put(id, insight == null ? ColumnCell.EMPTY : cell.apply(insight));
        }
        return cells;
    }
}
