package org.thrivemis.web.internal.classview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.classview.ClassInsights;
import org.thrivemis.api.classview.ClassViewRead;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.classview.PupilInsight;
import org.thrivemis.mis.api.ColumnCell;
import org.thrivemis.mis.api.ColumnRequest;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.web.internal.UkFormat;

/**
 * What our columns share: one bulk read of the class's Thrive information and consent per page
 * (through the memo; one transaction, one audit entry per pupil) and the cell of each pupil;
 * pupils the viewer may not see get an empty cell.
 */
@Component(service = InsightColumns.class)
public final class InsightColumns {

    private final ClassInsights insights;
    private final RoleMapping roles;
    private final InsightsMemo memo = new InsightsMemo();

    /** The host's clock when it offers one (the demo date, a test's fixed day): the attendance column uses it too. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    @Activate
    public InsightColumns(@Reference ClassInsights insights, @Reference RoleMapping roles) {
        this.insights = insights;
        this.roles = roles;
    }

    /** For tests: a fixed clock. */
    InsightColumns(ClassInsights insights, RoleMapping roles, Clock clock) {
        this(insights, roles);
        this.clock = clock;
    }

    /** Today at school, for "review overdue": the same day the attendance column and the host's register use. */
    LocalDate today() {
        Clock c = clock;
        return LocalDate.now(c != null ? c.withZone(UkFormat.SCHOOL_ZONE) : Clock.system(UkFormat.SCHOOL_ZONE));
    }

    /** The cells of every pupil on the page, made by {@code cell} from each insight. */
    Map<String, ColumnCell> cells(ColumnRequest request, Function<PupilInsight, ColumnCell> cell) {
        return cellsOf(request, read -> read.insights(), cell);
    }

    /**
     * The cells of every pupil on the page from their consent states (the consent column), out of
     * the same read and audit as the Thrive columns.
     */
    public Map<String, ColumnCell> consentCells(ColumnRequest request,
            Function<Map<ConsentScope, ConsentState>, ColumnCell> cell) {
        return cellsOf(request, read -> read.consents(), cell);
    }

    private <T> Map<String, ColumnCell> cellsOf(ColumnRequest request, Function<ClassViewRead, Map<String, T>> part,
            Function<T, ColumnCell> cell) {
        List<String> ids = request.pupils().stream().map(Pupil::id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, T> read = part.apply(memo.read(insights, ThriveAccess.actorOf(roles, request.viewer()), ids));
        Map<String, ColumnCell> cells = new LinkedHashMap<>();
        for (String id : ids) {
            T value = read.get(id);
            // pupils the viewer may not see are left out of the read: an empty cell
            cells.put(id, value == null ? ColumnCell.EMPTY : cell.apply(value));
        }
        return cells;
    }
}
