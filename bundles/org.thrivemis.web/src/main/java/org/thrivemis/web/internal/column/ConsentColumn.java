package org.thrivemis.web.internal.column;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentService;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.mis.api.ClassViewColumn;
import org.thrivemis.mis.api.ColumnCell;
import org.thrivemis.mis.api.ColumnRequest;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.propertytypes.MisColumn;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;

/**
 * The "Thrive consent" column on the host's class page: each pupil's consent for individual
 * assessments as a tag, fetched for the whole class in one call.
 */
@Component(service = ClassViewColumn.class)
@MisColumn(id = "thrive-consent", order = 100, permission = ThriveAccess.VIEW_PERMISSION)
public final class ConsentColumn implements ClassViewColumn {

    private final ConsentService consents;
    private final RoleMapping roles;
    private final Templates templates = new Templates();

    @Activate
    public ConsentColumn(@Reference ConsentService consents, @Reference RoleMapping roles) {
        this.consents = consents;
        this.roles = roles;
    }

    @Override
    public String header(Locale locale) {
        return "Thrive consent";
    }

    @Override
    public Map<String, ColumnCell> cells(ColumnRequest request) {
        List<String> ids = request.pupils().stream().map(Pupil::id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        // One call for the class; pupils the viewer may not see are left out of the answer.
        Map<String, Map<ConsentScope, ConsentState>> states =
                consents.states(ThriveAccess.actorOf(roles, request.viewer()), ids);
        Map<String, ColumnCell> cells = new LinkedHashMap<>();
        for (String id : ids) {
            Map<ConsentScope, ConsentState> pupilStates = states.get(id);
            if (pupilStates == null) {
                cells.put(id, ColumnCell.EMPTY);
            } else {
                CellView cell = CellView.of(pupilStates);
                cells.put(id, new ColumnCell(templates.render("consent/cell.jte", cell), cell.sortKey()));
            }
        }
        return cells;
    }
}
