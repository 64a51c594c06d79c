package org.thrivemis.web.internal.column;

import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.mis.api.ClassViewColumn;
import org.thrivemis.mis.api.ColumnCell;
import org.thrivemis.mis.api.ColumnRequest;
import org.thrivemis.mis.api.propertytypes.MisColumn;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.web.internal.classview.InsightColumns;

/**
 * The "Thrive consent" column on the host's class page: each pupil's consent for individual
 * assessments as a tag, from the class page's one read of our data ({@link InsightColumns}).
 */
@Component(service = ClassViewColumn.class)
@MisColumn(id = "thrive-consent", order = 100, permission = ThriveAccess.VIEW_PERMISSION)
public final class ConsentColumn implements ClassViewColumn {

    private final InsightColumns shared;
    private final Templates templates = new Templates();

    @Activate
    public ConsentColumn(@Reference InsightColumns shared) {
        this.shared = shared;
    }

    @Override
    public String header(Locale locale) {
        return "Thrive consent";
    }

    @Override
    public Map<String, ColumnCell> cells(ColumnRequest request) {
        // the class page's one read (shared with the Thrive columns); pupils the viewer may not see get an empty cell
        return shared.consentCells(request, states -> {
            CellView cell = CellView.of(states);
            return new ColumnCell(templates.render("consent/cell.jte", cell), cell.sortKey());
        });
    }
}
