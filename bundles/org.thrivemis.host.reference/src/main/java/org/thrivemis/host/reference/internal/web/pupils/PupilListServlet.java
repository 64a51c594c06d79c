package org.thrivemis.host.reference.internal.web.pupils;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.host.reference.internal.HostPermissions;
import org.thrivemis.host.reference.internal.auth.HostSessions;
import org.thrivemis.host.reference.internal.school.SampleSchool;
import org.thrivemis.host.reference.internal.school.SampleSchoolDirectory;
import org.thrivemis.host.reference.internal.school.YearGroup;
import org.thrivemis.host.reference.internal.web.Chrome;
import org.thrivemis.host.reference.internal.web.HostPages;
import org.thrivemis.host.reference.internal.web.HttpError;
import org.thrivemis.host.reference.internal.web.LocalPaths;
import org.thrivemis.host.reference.internal.web.Templates;
import org.thrivemis.host.reference.internal.web.UkDates;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.Viewer;

/**
 * {@code GET /pupils?q=}: the pupils on roll, or those whose name or UPN contains the search
 * text, with how many match and the first {@value #MAX_ROWS} in a table.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/pupils")
public final class PupilListServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Rows shown at most; the count says how many matched. */
    public static final int MAX_ROWS = 100;

    private final transient HostPages pages;
    private final transient PupilDirectory pupils;
    private final transient ClassDirectory classes;
    private final transient SampleSchool sampleSchool;
    private final transient SampleSchoolDirectory schools;

    @Activate
    public PupilListServlet(@Reference HostSessions sessions, @Reference PupilDirectory pupils,
            @Reference ClassDirectory classes, @Reference SampleSchool sampleSchool,
            @Reference SampleSchoolDirectory schools) {
        this.schools = schools;
        this.pages = new HostPages(sessions, new Templates());
        this.pupils = pupils;
        this.classes = classes;
        this.sampleSchool = sampleSchool;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Viewer> viewer = pages.permitted(request, response, HostPermissions.PUPILS_VIEW);
        if (viewer.isEmpty()) {
            return;
        }
        String query = Optional.ofNullable(request.getParameter("q")).orElse("").strip();
        // in a trust, the pupils of the schools the viewer's role covers
        Set<String> visible = schools.schoolsOfStaff(viewer.get().staffId());
        List<Pupil> matches = pupils.search(query, Integer.MAX_VALUE).stream()
                .filter(p -> visible.contains(schools.schoolOfPupil(p.id()).orElse(""))).toList();
        LocalDate today = sampleSchool.today();
        List<PupilRow> rows = matches.stream().limit(MAX_ROWS).map(p -> row(p, today)).toList();
        Chrome chrome = pages.chrome(request, viewer.get(), query.isEmpty() ? "Pupils" : "Pupils matching " + query,
                Chrome.Section.PUPILS);
        pages.page(response, HttpServletResponse.SC_OK, "pupils/list.jte",
                new PupilListPage(chrome, query, matches.size(), rows));
    }

    private PupilRow row(Pupil pupil, LocalDate today) {
        String className = classes.classesOf(pupil.id(), today).stream().map(SchoolClass::name).findFirst().orElse("");
        return new PupilRow(recordUrl(pupil.id(), null), pupil.displayName(), pupil.upn().orElse("Not known"),
                UkDates.date(pupil.dateOfBirth()), YearGroup.displayNameOf(pupil.yearGroup()), className);
    }

    /** The pupil record's address, on a tab or on the default tab. */
    public static String recordUrl(String pupilId, String tabId) {
        String base = "/pupils/" + LocalPaths.encode(pupilId);
        return tabId == null ? base : base + "?tab=" + LocalPaths.encode(tabId);
    }
}
