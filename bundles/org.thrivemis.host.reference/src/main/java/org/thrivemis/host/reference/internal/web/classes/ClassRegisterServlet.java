package org.thrivemis.host.reference.internal.web.classes;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.thrivemis.host.reference.internal.school.School;
import org.thrivemis.host.reference.internal.school.YearGroup;
import org.thrivemis.host.reference.internal.web.Chrome;
import org.thrivemis.host.reference.internal.web.CodeLegend;
import org.thrivemis.host.reference.internal.web.Contributions;
import org.thrivemis.host.reference.internal.web.HostPages;
import org.thrivemis.host.reference.internal.web.HttpError;
import org.thrivemis.host.reference.internal.web.Templates;
import org.thrivemis.host.reference.internal.web.UkDates;
import org.thrivemis.host.reference.internal.web.pupils.PupilListServlet;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceSource;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.ClassViewColumn;
import org.thrivemis.mis.api.ColumnRequest;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.StaffDirectory;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.mis.api.attendance.AttendanceStatistics;

/**
 * A class's register for the current week, {@code /classes/{id}}: one row per pupil enrolled
 * during the week with the morning and afternoon code of each day and the week's attendance,
 * then the {@link ClassViewColumn}s plugins contribute (asked once per page for the whole class),
 * and a key to the codes shown. Columns come and go with their bundles, like pupil-record tabs.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/classes/*")
public final class ClassRegisterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(ClassRegisterServlet.class.getName());
    private static final Locale LOCALE = Locale.UK;

    private final transient HostPages pages;
    private final transient ClassDirectory classes;
    private final transient PupilDirectory pupils;
    private final transient StaffDirectory staff;
    private final transient AttendanceSource attendance;
    private final transient SampleSchool sampleSchool;
    private final transient SampleSchoolDirectory schools;
    private final transient Contributions<ClassViewColumn> columns = new Contributions<>("class-view column",
            ClassViewColumn.ID, ClassViewColumn.ORDER, ClassViewColumn.PERMISSION, Set.of(),
            message -> LOG.log(System.Logger.Level.WARNING, message));

    @Activate
    public ClassRegisterServlet(@Reference HostSessions sessions, @Reference ClassDirectory classes,
            @Reference PupilDirectory pupils, @Reference StaffDirectory staff, @Reference AttendanceSource attendance,
            @Reference SampleSchool sampleSchool, @Reference SampleSchoolDirectory schools) {
        this.schools = schools;
        this.pages = new HostPages(sessions, new Templates());
        this.classes = classes;
        this.pupils = pupils;
        this.staff = staff;
        this.attendance = attendance;
        this.sampleSchool = sampleSchool;
    }

    @Reference(service = ClassViewColumn.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            target = "(" + ClassViewColumn.ID + "=*)", unbind = "removeColumn", updated = "updatedColumn")
    void addColumn(ServiceReference<ClassViewColumn> reference, ClassViewColumn column) {
        columns.add(reference, column);
    }

    void updatedColumn(ServiceReference<ClassViewColumn> reference, ClassViewColumn column) {
        columns.add(reference, column);
    }

    void removeColumn(ServiceReference<ClassViewColumn> reference) {
        columns.remove(reference);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Viewer> viewer = pages.permitted(request, response, HostPermissions.PUPILS_VIEW);
        if (viewer.isEmpty()) {
            return;
        }
        String path = request.getPathInfo();
        Optional<SchoolClass> schoolClass = path == null || path.length() < 2 || path.indexOf('/', 1) >= 0
                ? Optional.empty() : classes.schoolClass(path.substring(1));
        if (schoolClass.isEmpty()) {
            pages.error(request, response, viewer, HttpError.NOT_FOUND);
            return;
        }
        if (!schools.schoolsOfStaff(viewer.get().staffId())
                .contains(schools.schoolOfClass(schoolClass.get().id()).orElse(""))) {
            pages.error(request, response, viewer, HttpError.FORBIDDEN);
            return;
        }
        RegisterPage page = register(request, viewer.get(), schoolClass.get());
        pages.page(response, HttpServletResponse.SC_OK, "classes/register.jte", page);
    }

    private RegisterPage register(HttpServletRequest request, Viewer viewer, SchoolClass schoolClass) {
        RegisterWeek week = RegisterWeek.containing(sampleSchool.today());
        List<String> ids = classes.enrollments(schoolClass.id()).stream()
                .filter(e -> overlaps(e, week)).map(Enrollment::pupilId).distinct().toList();
        List<Pupil> roll = pupils.pupils(ids).stream().sorted(School.ROLL_ORDER).toList();
        Map<String, String> codes = new HashMap<>();
        for (AttendanceMark mark : attendance.marks(ids, week.monday(), week.friday())) {
            codes.put(mark.pupilId() + mark.date() + mark.session(), mark.code());
        }
        List<RegisterColumns.Filled> filled = RegisterColumns.fill(columns.permittedFor(viewer),
                new ColumnRequest(viewer, schoolClass, roll, LOCALE), message -> LOG.log(System.Logger.Level.WARNING, message));

        List<RegisterPage.SessionHeading> headings = new ArrayList<>();
        week.days().forEach(d -> {
            headings.add(new RegisterPage.SessionHeading(UkDates.shortDay(d), "AM"));
            headings.add(new RegisterPage.SessionHeading(UkDates.shortDay(d), "PM"));
        });
        Map<String, List<String>> codesOf = new HashMap<>();
        Map<String, Double> weekPercentages = new HashMap<>();
        for (Pupil pupil : roll) {
            List<String> pupilCodes = new ArrayList<>();
            week.days().forEach(d -> {
                pupilCodes.add(codes.getOrDefault(pupil.id() + d + AttendanceMark.Session.AM, ""));
                pupilCodes.add(codes.getOrDefault(pupil.id() + d + AttendanceMark.Session.PM, ""));
            });
            codesOf.put(pupil.id(), pupilCodes);
            AttendanceStatistics stats = AttendanceStatistics.of(pupilCodes.stream().filter(c -> !c.isEmpty()).toList());
            if (stats.percentage().isPresent()) {
                weekPercentages.put(pupil.id(), stats.percentage().getAsDouble());
            }
        }
        RegisterView view = RegisterView.of(request.getParameter("sort"), request.getParameter("order"),
                request.getParameterValues("filter"));
        List<Pupil> ordered = view.apply(roll, weekPercentages, filled);
        List<String> shown = new ArrayList<>();
        List<RegisterPage.Row> rows = new ArrayList<>();
        for (Pupil pupil : ordered) {
            List<String> pupilCodes = codesOf.get(pupil.id());
            shown.addAll(pupilCodes);
            Double weekly = weekPercentages.get(pupil.id());
            String percentage = weekly != null ? String.format(LOCALE, "%.1f%%", weekly) : "–";
            List<RegisterPage.Cell> cells = filled.stream()
                    .map(c -> new RegisterPage.Cell(c.id(), c.cellFor(pupil.id()))).toList();
            rows.add(new RegisterPage.Row(PupilListServlet.recordUrl(pupil.id(), null), pupil.displayName(), pupilCodes,
                    percentage, cells));
        }
        List<RegisterPage.Filter> filters = new ArrayList<>();
        for (RegisterColumns.Filled column : filled) {
            column.facetLabels().forEach((facet, label) -> {
                String value = column.id() + ":" + facet;
                filters.add(new RegisterPage.Filter(value, label, view.chosen(value)));
            });
        }
        String count = ordered.size() == roll.size() ? roll.size() + " pupils"
                : "Showing " + ordered.size() + " of " + roll.size() + " pupils";
        Chrome chrome = pages.chrome(request, viewer, schoolClass.name() + " register", Chrome.Section.CLASSES);
        return new RegisterPage(chrome, schoolClass.name(), YearGroup.displayNameOf(schoolClass.yearGroup()),
                Teachers.of(schoolClass, staff), "Week commencing " + UkDates.withWeekday(week.monday()), headings,
                filled.stream().map(c -> new RegisterPage.Column(c.id(), c.header(), sort(view, c.id()))).toList(), rows,
                CodeLegend.of(shown),
                new RegisterPage.Order(sort(view, RegisterView.BY_PUPIL), sort(view, RegisterView.BY_WEEK), view.sort(),
                        view.descending() ? "desc" : "asc", view.clearHref()),
                filters, count);
    }

    private static RegisterPage.Sort sort(RegisterView view, String key) {
        return new RegisterPage.Sort(view.sortHref(key), view.ariaSort(key));
    }

    private static boolean overlaps(Enrollment enrollment, RegisterWeek week) {
        return !enrollment.start().isAfter(week.friday())
                && enrollment.end().map(end -> !end.isBefore(week.monday())).orElse(true);
    }
}
