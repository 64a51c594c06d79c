package org.thrivemis.web.internal.classview;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.api.classview.PupilInsight;
import org.thrivemis.api.classview.PupilInsight.ProfileSummary;
import org.thrivemis.mis.api.ClassViewColumn;
import org.thrivemis.mis.api.ColumnCell;
import org.thrivemis.mis.api.ColumnRequest;
import org.thrivemis.mis.api.propertytypes.MisColumn;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.web.internal.UkFormat;

/**
 * The "Thrive stage" column: each pupil's working stage from their latest individual profile
 * against the stage expected for their age, and a "Needs baseline" mark. Sorted earliest working
 * stage first (pupils without gaps after, pupils without a profile last).
 */
@Component(service = ClassViewColumn.class)
@MisColumn(id = StageColumn.ID, order = 110, permission = ThriveAccess.VIEW_PERMISSION)
public final class StageColumn implements ClassViewColumn {

    static final String ID = "thrive-stage";
    static final String BELOW = "below-age-expected";
    static final String NEEDS_BASELINE = "needs-baseline";
    static final String NO_PROFILE = "no-profile";

    private final InsightColumns shared;
    private final Templates templates = new Templates();

    @Activate
    public StageColumn(@Reference InsightColumns shared) {
        this.shared = shared;
    }

    @Override
    public String header(Locale locale) {
        return "Thrive stage";
    }

    @Override
    public Map<String, String> facets(Locale locale) {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put(BELOW, "Working stage below the age-expected stage");
        facets.put(NEEDS_BASELINE, "Needs a baseline profile");
        facets.put(NO_PROFILE, "No Thrive profile yet");
        return facets;
    }

    @Override
    public Map<String, ColumnCell> cells(ColumnRequest request) {
        return shared.cells(request, this::cell);
    }

    ColumnCell cell(PupilInsight insight) {
        Set<String> facets = new LinkedHashSet<>();
        if (insight.belowAgeExpected()) {
            facets.add(BELOW);
        }
        if (insight.needsBaseline()) {
            facets.add(NEEDS_BASELINE);
        }
        if (insight.profile().isEmpty()) {
            facets.add(NO_PROFILE);
        }
        StageCell view = new StageCell(insight.profile().flatMap(ProfileSummary::workingStage).map(s -> s.label()),
                insight.profile().map(p -> p.ageExpectedStage().label()), insight.belowAgeExpected(),
                insight.profile().map(p -> p.kind().label() + ", " + UkFormat.date(p.assessedOn())),
                insight.profile().isPresent(), insight.needsBaseline());
        // "0".."5": working stage; "6": no gaps; "": no profile (the host puts empty keys last)
        String sortKey = insight.profile().map(p -> String.valueOf(p.workingStage().map(Enum::ordinal).orElse(6)))
                .orElse("");
        return new ColumnCell(templates.render("classview/stage.jte", view), sortKey, facets);
    }
}
