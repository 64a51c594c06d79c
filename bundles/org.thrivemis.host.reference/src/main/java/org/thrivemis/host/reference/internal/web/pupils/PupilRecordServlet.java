package org.thrivemis.host.reference.internal.web.pupils;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.host.reference.internal.HostPermissions;
import org.thrivemis.host.reference.internal.auth.HostSessions;
import org.thrivemis.host.reference.internal.school.SampleSchool;
import org.thrivemis.host.reference.internal.school.SampleSchoolDirectory;
import org.thrivemis.host.reference.internal.school.SchoolTerm;
import org.thrivemis.host.reference.internal.web.Chrome;
import org.thrivemis.host.reference.internal.web.Contributions;
import org.thrivemis.host.reference.internal.web.HostPages;
import org.thrivemis.host.reference.internal.web.HttpError;
import org.thrivemis.host.reference.internal.web.LocalPaths;
import org.thrivemis.host.reference.internal.web.Templates;
import org.thrivemis.mis.api.AttendanceSource;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.PupilRecordTab;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.TabRequest;
import org.thrivemis.mis.api.TabResult;
import org.thrivemis.mis.api.Viewer;

/**
 * The pupil record, {@code /pupils/{id}?tab=ID}: the pupil's name, a strip of tab links and the
 * chosen tab's body in a panel. The host renders "Details" and "Attendance"; every other tab is a
 * {@link PupilRecordTab} service, collected through a dynamic reference so that a plugin's tab
 * appears and disappears with its bundle on the next page load. {@code POST} hands a tab its own
 * form, after the session and CSRF token have been checked.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/pupils/*")
public final class PupilRecordServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(PupilRecordServlet.class.getName());
    private static final Locale LOCALE = Locale.UK;

    private final transient HostPages pages;
    private final transient HostSessions sessions;
    private final transient PupilDirectory pupils;
    private final transient ClassDirectory classes;
    private final transient AttendanceSource attendance;
    private final transient SampleSchool sampleSchool;
    private final transient SampleSchoolDirectory schools;
    private final transient Contributions<PupilRecordTab> tabs = new Contributions<>("pupil-record tab",
            PupilRecordTab.ID, PupilRecordTab.ORDER, PupilRecordTab.PERMISSION, PupilTabs.HOST_TAB_IDS,
            message -> LOG.log(System.Logger.Level.WARNING, message));

    @Activate
    public PupilRecordServlet(@Reference HostSessions sessions, @Reference PupilDirectory pupils,
            @Reference ClassDirectory classes, @Reference AttendanceSource attendance,
            @Reference SampleSchool sampleSchool, @Reference SampleSchoolDirectory schools) {
        this.schools = schools;
        this.sessions = sessions;
        this.pages = new HostPages(sessions, new Templates());
        this.pupils = pupils;
        this.classes = classes;
        this.attendance = attendance;
        this.sampleSchool = sampleSchool;
    }

    @Reference(service = PupilRecordTab.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            target = "(" + PupilRecordTab.ID + "=*)", unbind = "removeTab", updated = "updatedTab")
    void addTab(ServiceReference<PupilRecordTab> reference, PupilRecordTab tab) {
        tabs.add(reference, tab);
    }

    void updatedTab(ServiceReference<PupilRecordTab> reference, PupilRecordTab tab) {
        tabs.add(reference, tab);
    }

    void removeTab(ServiceReference<PupilRecordTab> reference) {
        tabs.remove(reference);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Viewer> viewer = pages.permitted(request, response, HostPermissions.PUPILS_VIEW);
        if (viewer.isEmpty()) {
            return;
        }
        Optional<Selected> selected = select(request, response, viewer.get());
        if (selected.isEmpty()) {
            return;
        }
        Pupil pupil = selected.get().pupil();
        List<PupilTabs.Entry> strip = selected.get().strip();
        PupilTabs.Entry tab = selected.get().tab();
        String panel = panel(tab, viewer.get(), pupil, request);
        show(request, response, HttpServletResponse.SC_OK, viewer.get(), pupil, strip, tab, panel);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Viewer> viewer = sessions.viewer(request);
        if (viewer.isEmpty() || !sessions.csrfValid(request)) {
            pages.error(request, response, viewer, HttpError.FORM_EXPIRED);
            return;
        }
        if (!viewer.get().has(HostPermissions.PUPILS_VIEW)) {
            pages.error(request, response, viewer, HttpError.FORBIDDEN);
            return;
        }
        Optional<Selected> selected = select(request, response, viewer.get());
        if (selected.isEmpty()) {
            return;
        }
        Pupil pupil = selected.get().pupil();
        List<PupilTabs.Entry> strip = selected.get().strip();
        PupilTabs.Entry tab = selected.get().tab();
        if (tab.contributed().isEmpty()) {
            pages.error(request, response, viewer, HttpError.METHOD_NOT_ALLOWED);
            return;
        }
        TabResult result;
        try {
            result = tab.contributed().get().submit(tabRequest(request, viewer.get(), pupil, tab.id()),
                    FormFields.posted(request));
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.ERROR, "Pupil-record tab " + tab.id() + " failed handling a form", e);
            show(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, viewer.get(), pupil, strip,
                    tab, failure(tab));
            return;
        }
        if (result.redirectTo().isPresent()) {
            String location = result.redirectTo().get();
            if (LocalPaths.isLocal(location)) {
                HostPages.redirect(response, location);
            } else {
                warn("Pupil-record tab " + tab.id() + " redirected to " + location + ", not a path on this server");
                show(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, viewer.get(), pupil,
                        strip, tab, failure(tab));
            }
            return;
        }
        show(request, response, result.status(), viewer.get(), pupil, strip, tab, result.html().orElse(""));
    }

    /** The pupil, the tab strip the viewer sees and the chosen tab; empty after answering 404. */
    private Optional<Selected> select(HttpServletRequest request, HttpServletResponse response, Viewer viewer)
            throws IOException {
        Optional<Pupil> pupil = pupilOf(request);
        if (pupil.isPresent() && !schools.schoolsOfStaff(viewer.staffId())
                .contains(schools.schoolOfPupil(pupil.get().id()).orElse(""))) {
            // a pupil of another school of the trust: the record exists, but not for this member of staff
            pages.error(request, response, Optional.of(viewer), HttpError.FORBIDDEN);
            return Optional.empty();
        }
        Optional<List<PupilTabs.Entry>> strip = pupil.map(p -> PupilTabs.visibleTo(viewer, p, tabs, LOCALE, this::warn));
        Optional<PupilTabs.Entry> tab = strip.flatMap(s -> find(s, tabIdOf(request)));
        if (tab.isEmpty()) {
            pages.error(request, response, Optional.of(viewer), HttpError.NOT_FOUND);
            return Optional.empty();
        }
        return Optional.of(new Selected(pupil.get(), strip.get(), tab.get()));
    }

    private record Selected(Pupil pupil, List<PupilTabs.Entry> strip, PupilTabs.Entry tab) {
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, Viewer viewer, Pupil pupil,
            List<PupilTabs.Entry> strip, PupilTabs.Entry tab, String panelHtml) throws IOException {
        List<TabLink> links = strip.stream().map(e -> new TabLink(e.id(), e.label(),
                PupilListServlet.recordUrl(pupil.id(), e.id()), e.id().equals(tab.id()))).toList();
        String caption = classes.classesOf(pupil.id(), sampleSchool.today()).stream().map(SchoolClass::name)
                .findFirst().orElse("Not in a class today");
        Chrome chrome = pages.chrome(request, viewer, pupil.displayName() + ": " + tab.label(), Chrome.Section.PUPILS);
        pages.page(response, status, "pupils/record.jte",
                new PupilRecordPage(chrome, pupil.displayName(), caption, links, tab.id(), panelHtml));
    }

    private String panel(PupilTabs.Entry tab, Viewer viewer, Pupil pupil, HttpServletRequest request) {
        LocalDate today = sampleSchool.today();
        if (tab.id().equals(DetailsTab.ID)) {
            return pages.fragment("pupils/details.jte",
                    DetailsTab.of(pupil, enrollmentsOf(pupil), classes.classesOf(pupil.id(), today), today));
        }
        if (tab.id().equals(AttendanceTab.ID)) {
            SchoolTerm term = sampleSchool.school().term();
            return pages.fragment("pupils/attendance.jte", AttendanceTab.of(term, today,
                    attendance.marks(List.of(pupil.id()), term.firstDay(), today)));
        }
        try {
            return tab.contributed().orElseThrow().render(tabRequest(request, viewer, pupil, tab.id()));
        } catch (RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.ERROR, "Pupil-record tab " + tab.id() + " failed to render for pupil "
                    + pupil.id(), e);
            return failure(tab);
        }
    }

    /** The port has no enrollments-by-pupil look-up; a school has few classes, so ask each. */
    private List<Enrollment> enrollmentsOf(Pupil pupil) {
        return classes.classes().stream().flatMap(c -> classes.enrollments(c.id()).stream())
                .filter(e -> e.pupilId().equals(pupil.id())).toList();
    }

    private String failure(PupilTabs.Entry tab) {
        return pages.fragment("pupils/tab-failed.jte", tab.label());
    }

    private TabRequest tabRequest(HttpServletRequest request, Viewer viewer, Pupil pupil, String tabId) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(FormFields.query(request.getQueryString()));
        return new TabRequest(viewer, pupil, parameters, sessions.csrfToken(request),
                PupilListServlet.recordUrl(pupil.id(), tabId), LOCALE);
    }

    private Optional<Pupil> pupilOf(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
            return Optional.empty();
        }
        return pupils.pupil(path.substring(1));
    }

    private static String tabIdOf(HttpServletRequest request) {
        String tab = FormFields.query(request.getQueryString()).getOrDefault("tab", List.of()).stream()
                .findFirst().orElse("");
        return tab.isBlank() ? DetailsTab.ID : tab;
    }

    private static Optional<PupilTabs.Entry> find(List<PupilTabs.Entry> strip, String id) {
        return strip.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private void warn(String message) {
        LOG.log(System.Logger.Level.WARNING, message);
    }
}
