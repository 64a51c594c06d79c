package org.thrivemis.host.reference.internal.web.pupils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.thrivemis.host.reference.internal.web.Contribution;
import org.thrivemis.host.reference.internal.web.Contributions;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilRecordTab;
import org.thrivemis.mis.api.Viewer;

/**
 * The tabs a viewer sees on a pupil's record: the host's own ("Details", "Attendance") first, then
 * every contributed tab the viewer has the permission for and that declares itself visible, in
 * {@code mis.tab.order}. A tab whose label or visibility check throws is left out and logged, so
 * one broken plugin never breaks the record.
 */
final class PupilTabs {

    /** Ids of the host's own tabs; contributions cannot take them. */
    static final Set<String> HOST_TAB_IDS = Set.of(DetailsTab.ID, AttendanceTab.ID);

    /**
     * A tab of the strip.
     *
     * @param id tab id
     * @param label link text
     * @param contributed the contributed service, empty for the host's own tabs
     */
    record Entry(String id, String label, Optional<PupilRecordTab> contributed) {
    }

    private PupilTabs() {
    }

    static List<Entry> visibleTo(Viewer viewer, Pupil pupil, Contributions<PupilRecordTab> tabs, Locale locale,
            Consumer<String> log) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(DetailsTab.ID, "Details", Optional.empty()));
        entries.add(new Entry(AttendanceTab.ID, "Attendance", Optional.empty()));
        for (Contribution<PupilRecordTab> c : tabs.permittedFor(viewer)) {
            try {
                if (c.service().isVisible(viewer, pupil)) {
                    entries.add(new Entry(c.id(), c.service().label(locale), Optional.of(c.service())));
                }
            } catch (RuntimeException | LinkageError e) {
                log.accept("Pupil-record tab " + c.id() + " failed deciding whether to show itself: " + e);
            }
        }
        return entries;
    }
}
