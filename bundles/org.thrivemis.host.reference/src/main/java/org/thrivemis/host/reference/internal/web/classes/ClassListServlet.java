package org.thrivemis.host.reference.internal.web.classes;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.School;
import org.thrivemis.mis.api.StaffDirectory;
import org.thrivemis.mis.api.Viewer;

/**
 * {@code GET /classes?school=}: every class of the schools the viewer sees, with its school, year
 * group, teachers and number of pupils on roll; one school's classes when {@code school} names one.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/classes")
public final class ClassListServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient HostPages pages;
    private final transient ClassDirectory classes;
    private final transient StaffDirectory staff;
    private final transient SampleSchool sampleSchool;
    private final transient SampleSchoolDirectory schools;

    @Activate
    public ClassListServlet(@Reference HostSessions sessions, @Reference ClassDirectory classes,
            @Reference StaffDirectory staff, @Reference SampleSchool sampleSchool,
            @Reference SampleSchoolDirectory schools) {
        this.schools = schools;
        this.pages = new HostPages(sessions, new Templates());
        this.classes = classes;
        this.staff = staff;
        this.sampleSchool = sampleSchool;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Viewer> viewer = pages.permitted(request, response, HostPermissions.PUPILS_VIEW);
        if (viewer.isEmpty()) {
            return;
        }
        LocalDate today = sampleSchool.today();
        List<School> visible = schools.visibleTo(viewer.get().staffId());
        Map<String, String> names = visible.stream().collect(Collectors.toMap(School::key, School::name));
        String chosen = Optional.ofNullable(request.getParameter("school")).filter(names::containsKey).orElse("");
        List<ClassRow> rows = classes.classes().stream().filter(c -> {
            String key = schools.schoolOfClass(c.id()).orElse("");
            return names.containsKey(key) && (chosen.isEmpty() || chosen.equals(key));
        }).map(c -> new ClassRow(
                "/classes/" + LocalPaths.encode(c.id()), c.name(),
                names.getOrDefault(schools.schoolOfClass(c.id()).orElse(""), ""), YearGroup.displayNameOf(c.yearGroup()),
                Teachers.of(c, staff), (int) classes.enrollments(c.id()).stream().filter(e -> e.activeOn(today)).count()))
                .toList();
        pages.page(response, HttpServletResponse.SC_OK, "classes/list.jte",
                new ClassListPage(pages.chrome(request, viewer.get(), "Classes", Chrome.Section.CLASSES), rows,
                        visible.stream().map(s -> new ClassListPage.SchoolOption(s.key(), s.name())).toList(), chosen));
    }
}
