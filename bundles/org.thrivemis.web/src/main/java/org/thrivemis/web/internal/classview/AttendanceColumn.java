package org.thrivemis.web.internal.classview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.thrivemis.mis.api.AttendanceSource;
import org.thrivemis.mis.api.ClassViewColumn;
import org.thrivemis.mis.api.ColumnCell;
import org.thrivemis.mis.api.ColumnRequest;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.attendance.AttendanceOverview;
import org.thrivemis.mis.api.attendance.AttendanceStatistics;
import org.thrivemis.mis.api.attendance.Term;
import org.thrivemis.mis.api.propertytypes.MisColumn;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.web.internal.UkFormat;

/**
 * The "Attendance" column, beside the strand information: each pupil's attendance this term and
 * this academic year by the DfE categories, persistent absence (below 90%) marked, and a sparkline
 * of the last weeks. One {@link AttendanceSource#counts} call for the whole class. Sorted by this year's
 * attendance, lowest first. "Today" comes from a {@link Clock} service when one is registered
 * (benchmarks and tests fix the date), else the school's clock. A pupil's cell is reused for the
 * configured seconds ({@link AttendanceColumnConfig#cacheSeconds()}, see {@link RecentCells}).
 */
@Component(service = ClassViewColumn.class, configurationPid = AttendanceColumnConfig.PID)
@Designate(ocd = AttendanceColumnConfig.class)
@MisColumn(id = AttendanceColumn.ID, order = 130, permission = ThriveAccess.VIEW_PERMISSION)
public final class AttendanceColumn implements ClassViewColumn {

    static final String ID = "thrive-attendance";
    static final String PERSISTENT_ABSENCE = "persistent-absence";
    static final String TERM_BELOW = "term-below-90";
    static final int TREND_WEEKS = 8;

    private final AttendanceSource attendance;
    private final RecentCells recent;
    private final Templates templates = new Templates();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    @Activate
    public AttendanceColumn(@Reference AttendanceSource attendance, AttendanceColumnConfig config) {
        this.attendance = attendance;
        this.recent = new RecentCells(config.cacheSeconds());
    }

    /** For tests: a fixed clock, summaries kept for {@code cacheSeconds}. */
    AttendanceColumn(AttendanceSource attendance, Clock clock, long cacheSeconds) {
        this.attendance = attendance;
        this.recent = new RecentCells(cacheSeconds);
        this.clock = clock;
    }

    @Override
    public String header(Locale locale) {
        return "Attendance";
    }

    @Override
    public Map<String, String> facets(Locale locale) {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put(PERSISTENT_ABSENCE, "Attendance under 90% this year (persistent absence)");
        facets.put(TERM_BELOW, "Attendance under 90% this term");
        return facets;
    }

    @Override
    public Map<String, ColumnCell> cells(ColumnRequest request) {
        List<String> ids = request.pupils().stream().map(Pupil::id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        LocalDate today = today();
        long now = System.nanoTime();
        Map<String, ColumnCell> known = recent.fresh(ids, today, now);
        List<String> missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
        Map<String, ColumnCell> made = new HashMap<>();
        if (!missing.isEmpty()) {
            // one AttendanceSource call for the pupils not summarised in the last seconds: their sessions
            // counted by code over this year, this term and each trend week (no mark per session)
            Map<String, AttendanceOverview> overviews = AttendanceOverview.fromCounts(missing,
                    attendance.counts(missing, AttendanceOverview.ranges(today, TREND_WEEKS)), today, TREND_WEEKS);
            String termName = Term.containing(today).name();
            for (String id : missing) {
                made.put(id, cell(overviews.get(id), termName));
            }
            recent.keep(made, today, now);
        }
        Map<String, ColumnCell> cells = new LinkedHashMap<>();
        for (String id : ids) {
            cells.put(id, known.containsKey(id) ? known.get(id) : made.get(id));
        }
        return cells;
    }

    ColumnCell cell(AttendanceOverview o, String termName) {
        Set<String> facets = new LinkedHashSet<>();
        if (o.year().persistentAbsence()) {
            facets.add(PERSISTENT_ABSENCE);
        }
        if (o.term().persistentAbsence()) {
            facets.add(TERM_BELOW);
        }
        AttendanceCell view = new AttendanceCell(percent(o.term()), percent(o.year()), o.year().persistentAbsence(),
                o.year().legacyCodes() > 0,
                Sparkline.of(weekly(o)), termName);
        // zero-padded so text order is numeric order: "062.50" < "100.00"
        String sortKey = o.year().percentage().isPresent() ? sortKey(o.year().percentage().getAsDouble()) : "";
        return new ColumnCell(templates.render("classview/attendance.jte", view), sortKey, facets);
    }

    private static List<OptionalDouble> weekly(AttendanceOverview o) {
        List<OptionalDouble> weeks = new ArrayList<>(o.weeks().size());
        for (AttendanceOverview.Week w : o.weeks()) {
            weeks.add(w.statistics().percentage());
        }
        return weeks;
    }

    private static String percent(AttendanceStatistics s) {
        return s.percentage().isPresent() ? Sparkline.oneDecimal(s.percentage().getAsDouble()) + "%" : "No sessions";
    }

    /** "%06.2f" without the Formatter: 62.5 gives "062.50", 100 gives "100.00". */
    static String sortKey(double percent) {
        long hundredths = Math.round(percent * 100);
        String whole = String.valueOf(hundredths / 100);
        long fraction = hundredths % 100;
        return "000".substring(Math.min(3, whole.length())) + whole + "." + (fraction < 10 ? "0" : "") + fraction;
    }

    private LocalDate today() {
        Clock c = clock;
        return LocalDate.now(c != null ? c.withZone(UkFormat.SCHOOL_ZONE) : Clock.system(UkFormat.SCHOOL_ZONE));
    }
}
