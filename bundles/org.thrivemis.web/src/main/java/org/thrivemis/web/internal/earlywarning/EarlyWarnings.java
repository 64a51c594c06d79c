package org.thrivemis.web.internal.earlywarning;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.thrivemis.api.Actor;
import org.thrivemis.api.classview.ClassInsights;
import org.thrivemis.api.classview.PupilInsight;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceSource;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.School;
import org.thrivemis.mis.api.SchoolDirectory;
import org.thrivemis.mis.api.attendance.AttendanceStatistics;
import org.thrivemis.mis.api.attendance.Term;
import org.thrivemis.web.internal.UkFormat;

/**
 * The early-warning list: pupils whose attendance in the recent weeks has dropped by the configured
 * points against the rest of the school year and who have a gap in an earlier strand (working stage
 * below the age-expected one) or no recent individual profile; Thrive suggests a behaviour profile.
 * Attendance is read first, for everyone on roll, in one call; Thrive information is then read
 * (and audited) only for the pupils whose attendance dropped, through the domain, which lets only
 * senior leads do it. In a trust (the host registers a {@link SchoolDirectory}) only the pupils of the
 * viewer's schools are considered, or of the one school chosen, and a viewer who covers several
 * schools sees each pupil's school.
 */
@Component(service = EarlyWarnings.class, configurationPid = EarlyWarningConfig.PID)
@Designate(ocd = EarlyWarningConfig.class)
public final class EarlyWarnings {

    private final PupilDirectory pupils;
    private final AttendanceSource attendance;
    private final ClassInsights insights;
    private volatile EarlyWarningConfig config;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SchoolDirectory schools;

    @Activate
    public EarlyWarnings(@Reference PupilDirectory pupils, @Reference AttendanceSource attendance,
            @Reference ClassInsights insights, EarlyWarningConfig config) {
        this.pupils = pupils;
        this.attendance = attendance;
        this.insights = insights;
        this.config = config;
    }

    @Modified
    void modified(EarlyWarningConfig changed) {
        this.config = changed;
    }

    /** Today at school: from a Clock service when one is registered. */
    public LocalDate today() {
        Clock c = clock;
        return LocalDate.now(c != null ? c.withZone(UkFormat.SCHOOL_ZONE) : Clock.system(UkFormat.SCHOOL_ZONE));
    }

    /** The thresholds in force, in words for the page. */
    public String criteria() {
        EarlyWarningConfig c = config;
        return String.format(Locale.UK, "attendance in the last %d weeks at least %.1f percentage points below "
                + "earlier this school year, and a gap in an earlier strand or no individual profile in the last %d "
                + "months", c.recentWeeks(), c.dropPoints(), c.profileMonths());
    }

    /** Whether the actor's schools are not known yet (a trust's school directory still starting). */
    public boolean waitingForSchools(Actor actor) {
        return org.thrivemis.web.internal.ThriveAccess.waitingForSchools(actor, java.util.Optional.ofNullable(schools));
    }

    /** The schools of the trust the actor sees, in the host's order; empty for a single-school host. */
    public List<School> schoolsOf(Actor actor) {
        return org.thrivemis.web.internal.ThriveAccess.schoolsOf(actor, schools);
    }

    /**
     * The list over every school the actor sees, largest drop first (the admin area's count).
     *
     * @throws org.thrivemis.api.AccessDeniedException unless the actor is a senior lead (audited by the domain)
     */
    public List<Warning> warnings(Actor actor) {
        return warnings(actor, "");
    }

    /**
     * The list for one school of a trust (its key), or for every school the actor sees (empty key),
     * largest drop first. Each warning names the pupil's school when the actor sees several.
     *
     * @throws org.thrivemis.api.AccessDeniedException unless the actor is a senior lead (audited by the domain)
     */
    public List<Warning> warnings(Actor actor, String schoolKey) {
        EarlyWarningConfig c = config;
        LocalDate today = today();
        LocalDate yearStart = Term.yearStart(today);
        LocalDate recentStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(c.recentWeeks() - 1L);
        List<Pupil> onRoll = pupils.all();
        SchoolDirectory directory = schools;
        Map<String, String> schoolOf = directory == null ? Map.of()
                : directory.schoolsOfPupils(onRoll.stream().map(Pupil::id).toList());
        Map<String, Pupil> byId = new HashMap<>();
        for (Pupil p : onRoll) {
            // only the schools in question: others' attendance is not read, nor their Thrive data asked for
            String key = schoolOf.getOrDefault(p.id(), "");
            if (directory == null || (schoolKey.isEmpty() ? actor.schools().includes(key) : schoolKey.equals(key))) {
                byId.put(p.id(), p);
            }
        }
        List<School> seen = directory == null ? List.of()
                : directory.schools().stream().filter(s -> actor.schools().includes(s.key())).toList();
        Map<String, String> schoolNames = seen.size() > 1
                ? seen.stream().collect(Collectors.toMap(School::key, School::name, (a, b) -> a)) : Map.of();
        Map<String, List<String>> before = new HashMap<>();
        Map<String, List<String>> recent = new HashMap<>();
        for (AttendanceMark m : attendance.marks(byId.keySet(), yearStart, today)) {
            (m.date().isBefore(recentStart) ? before : recent).computeIfAbsent(m.pupilId(), k -> new ArrayList<>())
                    .add(m.code());
        }
        Map<String, double[]> dropped = new HashMap<>();
        for (String id : byId.keySet()) {
            OptionalDouble b = AttendanceStatistics.of(before.getOrDefault(id, List.of())).percentage();
            OptionalDouble r = AttendanceStatistics.of(recent.getOrDefault(id, List.of())).percentage();
            if (b.isPresent() && r.isPresent() && b.getAsDouble() - r.getAsDouble() >= c.dropPoints()) {
                dropped.put(id, new double[] {b.getAsDouble(), r.getAsDouble()});
            }
        }
        // always asked, even for nobody: the domain decides who may see the list and audits it
        Map<String, PupilInsight> read = insights.wholeSchool(actor, dropped.keySet());
        LocalDate recentProfile = today.minusMonths(c.profileMonths());
        List<Warning> warnings = new ArrayList<>();
        for (Map.Entry<String, double[]> e : dropped.entrySet()) {
            PupilInsight insight = read.get(e.getKey());
            if (insight == null) {
                continue;
            }
            String reason;
            if (insight.belowAgeExpected()) {
                var p = insight.profile().orElseThrow();
                reason = "Gap in " + p.workingStage().orElseThrow().label() + ", earlier than the age-expected "
                        + p.ageExpectedStage().label() + " (" + UkFormat.date(p.assessedOn()) + ")";
            } else if (insight.profile().isEmpty()) {
                reason = "No individual Thrive profile yet";
            } else if (insight.profile().get().assessedOn().isBefore(recentProfile)) {
                reason = "No individual profile since " + UkFormat.date(insight.profile().get().assessedOn());
            } else {
                continue;
            }
            Pupil pupil = byId.get(e.getKey());
            double[] v = e.getValue();
            String school = schoolNames.getOrDefault(schoolOf.getOrDefault(pupil.id(), ""), "");
            warnings.add(new Warning(pupil.id(), pupil.displayName(), school,
                    "/pupils/" + java.net.URLEncoder.encode(pupil.id(), java.nio.charset.StandardCharsets.UTF_8)
                            + "?tab=thrive-profile",
                    String.format(Locale.UK, "%.1f%%", v[0]), String.format(Locale.UK, "%.1f%%", v[1]),
                    String.format(Locale.UK, "%.1f points", v[0] - v[1]), reason, v[0] - v[1]));
        }
        warnings.sort(Comparator.comparingDouble(Warning::dropValue).reversed().thenComparing(Warning::name));
        return warnings;
    }
}
