package org.thrivemis.web.internal.classview;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.api.classview.PupilInsight;
import org.thrivemis.mis.api.ClassViewColumn;
import org.thrivemis.mis.api.ColumnCell;
import org.thrivemis.mis.api.ColumnRequest;
import org.thrivemis.mis.api.propertytypes.MisColumn;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.web.internal.UkFormat;

/**
 * The "Action plan and screening" column: whether an action plan is active and its next review
 * date (overdue marked), and the working stage of the latest screening (group) profile. Sorted by
 * next review date, soonest first; pupils without an active plan last.
 */
@Component(service = ClassViewColumn.class)
@MisColumn(id = PlanColumn.ID, order = 120, permission = ThriveAccess.VIEW_PERMISSION)
public final class PlanColumn implements ClassViewColumn {

    static final String ID = "thrive-plan";
    static final String ACTIVE = "active-plan";
    static final String OVERDUE = "review-overdue";

    private final InsightColumns shared;
    private final Templates templates = new Templates();

    @Activate
    public PlanColumn(@Reference InsightColumns shared) {
        this.shared = shared;
    }

    @Override
    public String header(Locale locale) {
        return "Action plan and screening";
    }

    @Override
    public Map<String, String> facets(Locale locale) {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put(ACTIVE, "An active action plan");
        facets.put(OVERDUE, "An action plan review overdue");
        return facets;
    }

    @Override
    public Map<String, ColumnCell> cells(ColumnRequest request) {
        LocalDate today = shared.today();
        return shared.cells(request, insight -> cell(insight, today));
    }

    ColumnCell cell(PupilInsight insight, LocalDate today) {
        Set<String> facets = new LinkedHashSet<>();
        boolean overdue = insight.plan().map(p -> p.reviewDate().isBefore(today)).orElse(false);
        insight.plan().ifPresent(p -> facets.add(ACTIVE));
        if (overdue) {
            facets.add(OVERDUE);
        }
        PlanCell view = new PlanCell(insight.plan().map(p -> UkFormat.date(p.reviewDate())), overdue,
                insight.group().map(g -> g.workingStage().map(s -> s.label()).orElse("No gaps")),
                insight.group().map(g -> UkFormat.date(g.assessedOn())));
        String sortKey = insight.plan().map(p -> p.reviewDate().toString()).orElse("");
        return new ColumnCell(templates.render("classview/plan.jte", view), sortKey, facets);
    }

    /**
     * A pupil's plan-and-screening cell.
     *
     * @param review the active plan's next review, e.g. "4 December 2026"; empty without an active plan
     * @param overdue whether that review date has passed
     * @param groupStage the latest group profile's working stage, or "No gaps"
     * @param groupDate its date
     */
    public record PlanCell(Optional<String> review, boolean overdue, Optional<String> groupStage,
            Optional<String> groupDate) {
    }
}
