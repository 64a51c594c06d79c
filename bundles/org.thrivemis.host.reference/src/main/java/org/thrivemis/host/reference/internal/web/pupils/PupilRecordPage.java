package org.thrivemis.host.reference.internal.web.pupils;

import java.util.List;
import org.thrivemis.host.reference.internal.web.Chrome;

/**
 * Model of the pupil record.
 *
 * @param chrome page chrome
 * @param pupilName the heading
 * @param caption above the heading (the pupil's class)
 * @param tabs the tab strip
 * @param tabId the tab shown
 * @param panelHtml the tab's body: HTML the tab (or the host) has escaped, inserted as it is
 */
public record PupilRecordPage(Chrome chrome, String pupilName, String caption, List<TabLink> tabs, String tabId,
        String panelHtml) {

    public PupilRecordPage {
        tabs = List.copyOf(tabs);
    }

    /** The id of the list item that labels the panel. */
    public String panelLabelId() {
        return TabLink.elementId(tabId);
    }
}
