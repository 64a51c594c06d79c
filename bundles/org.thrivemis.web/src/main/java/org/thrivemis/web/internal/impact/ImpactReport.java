package org.thrivemis.web.internal.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.impact.ImpactPlans;
import org.thrivemis.api.impact.PlanPeriod;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceSource;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.School;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.SchoolDirectory;
import org.thrivemis.web.internal.UkFormat;

/**
 * The impact evaluation's figures for a viewer: the plans of every pupil on roll the viewer may see
 * (one domain call, which decides the reach and audits), their attendance in one bulk read from the
 * earliest "before" day to today, then one row for the school and one per class with a pupil in reach.
 * In a trust (the host registers a {@link SchoolDirectory}) a viewer who sees several schools gets a
 * row for all of them, one per school and one per class (named with its school); a school key
 * narrows the evaluation to that school.
 */
@Component(service = ImpactReport.class, configurationPid = ImpactConfig.PID)
@Designate(ocd = ImpactConfig.class)
public final class ImpactReport {

    private final PupilDirectory pupils;
    private final ClassDirectory classes;
    private final AttendanceSource attendance;
    private final ImpactPlans plans;
    private volatile ImpactConfig config;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SchoolDirectory schools;

    @Activate
    public ImpactReport(@Reference PupilDirectory pupils, @Reference ClassDirectory classes,
            @Reference AttendanceSource attendance, @Reference ImpactPlans plans, ImpactConfig config) {
        this.pupils = pupils;
        this.classes = classes;
        this.attendance = attendance;
        this.plans = plans;
        this.config = config;
    }

    @Modified
    void modified(ImpactConfig changed) {
        this.config = changed;
    }

    /** Today at school: from a Clock service when one is registered. */
    public LocalDate today() {
        Clock c = clock;
        return LocalDate.now(c != null ? c.withZone(UkFormat.SCHOOL_ZONE) : Clock.system(UkFormat.SCHOOL_ZONE));
    }

    /** Whether the actor's schools are not known yet (a trust's school directory still starting). */
    public boolean waitingForSchools(Actor actor) {
        return org.thrivemis.web.internal.ThriveAccess.waitingForSchools(actor, java.util.Optional.ofNullable(schools));
    }

    /** The schools of the trust the actor sees, in the host's order; empty for a single-school host. */
    public List<School> schoolsOf(Actor actor) {
        return org.thrivemis.web.internal.ThriveAccess.schoolsOf(actor, schools);
    }

    /** The weeks counted as "before the plan". */
    public int weeksBefore() {
        return config.weeksBefore();
    }

    /**
     * The rows: the school (or "Your classes" for a teacher) first, then each class in the host's order.
     *
     * @throws org.thrivemis.api.AccessDeniedException when the viewer may not see the evaluation (audited by the domain)
     */
    public List<ImpactRow> rows(Actor actor) {
        return rows(actor, "");
    }

    /**
     * The rows for one school of a trust, or for every school the viewer sees when the key is empty.
     *
     * @throws org.thrivemis.api.AccessDeniedException when the viewer may not see the evaluation (audited by the domain)
     */
    public List<ImpactRow> rows(Actor actor, String schoolKey) {
        int weeks = config.weeksBefore();
        LocalDate today = today();
        SchoolDirectory directory = schools;
        List<String> everyone = pupils.all().stream().map(Pupil::id).toList();
        Map<String, String> schoolOf = directory == null ? Map.of() : directory.schoolsOfPupils(everyone);
        // asks only for the pupils of the schools in question (the domain would leave the others out, as refused)
        List<String> onRoll = directory == null ? everyone : everyone.stream().filter(id -> schoolKey.isEmpty()
                ? actor.schools().includes(schoolOf.getOrDefault(id, "")) : schoolKey.equals(schoolOf.get(id))).toList();
        // the domain keeps to the actor's schools (and classes) and audits the read
        Map<String, List<PlanPeriod>> periods = plans.planPeriods(actor, onRoll);
        Optional<LocalDate> from = ImpactCalculator.firstDayNeeded(periods, today, weeks);
        List<AttendanceMark> marks = from.isEmpty() || periods.isEmpty() ? List.of()
                : attendance.marks(periods.keySet(), from.get(), today);
        List<ImpactCalculator.Group> groups = new ArrayList<>();
        List<School> inReach = directory == null ? List.of() : directory.schools().stream()
                .filter(s -> periods.keySet().stream().anyMatch(id -> s.key().equals(schoolOf.get(id)))).toList();
        boolean several = inReach.size() > 1;
        Map<String, String> names = directory == null ? Map.of() : directory.schools().stream()
                .collect(Collectors.toMap(School::key, School::name, (a, b) -> a));
        String whole = !schoolKey.isEmpty() && names.containsKey(schoolKey) ? names.get(schoolKey)
                : several ? "All your schools" : "Whole school";
        groups.add(new ImpactCalculator.Group("School",
                actor.hasAny(ThriveRole.SENIOR_LEAD) ? whole : "Your classes", periods.keySet()));
        if (several) {
            for (School s : inReach) {
                groups.add(new ImpactCalculator.Group("School", s.name(), periods.keySet().stream()
                        .filter(id -> s.key().equals(schoolOf.get(id))).toList()));
            }
        }
        for (SchoolClass c : classes.classes()) {
            List<String> members = classes.enrollments(c.id()).stream().filter(e -> e.activeOn(today))
                    .map(Enrollment::pupilId).filter(periods::containsKey).distinct().toList();
            if (!members.isEmpty()) {
                String school = several && directory != null
                        ? " (" + directory.schoolOfClass(c.id()).map(k -> names.getOrDefault(k, k)).orElse("") + ")" : "";
                groups.add(new ImpactCalculator.Group("Class", c.name() + school, members));
            }
        }
        return ImpactCalculator.rows(groups, periods, marks, today, weeks);
    }
}
