package org.thrivemis.host.reference.internal.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.StaffMember;

/**
 * The sample school's data, immutable once built, with the look-ups the host's ports need. Pupils
 * are kept in roll order (surname, then forename); registers per pupil in date and session order,
 * generated when asked for (deterministically per pupil), never held.
 */
public final class School {

    /** Roll order: surname, then forename, then id (case-insensitive). */
    public static final Comparator<Pupil> ROLL_ORDER = Comparator
            .comparing(Pupil::familyName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Pupil::givenName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Pupil::id);

    private final String name;
    private final AcademicYear year;
    private final List<SchoolTerm> terms;
    private final LocalDate registersUntil;
    private final List<Pupil> pupils;
    private final Map<String, Pupil> pupilsById;
    private final List<SchoolClass> classes;
    private final Map<String, SchoolClass> classesById;
    private final List<Enrollment> enrollments;
    private final Map<String, List<Enrollment>> enrollmentsByClass;
    private final Map<String, List<Enrollment>> enrollmentsByPupil;
    private final List<StaffMember> staff;
    private final Map<String, StaffMember> staffById;
    private final List<DemoAccount> demoAccounts;
    private final Function<String, List<AttendanceMark>> registers;
    /**
     * The registers of the pupils asked for most recently: a class page asks for the same 30 pupils
     * several times (the host's week, a plugin's year), so they are generated once, while a school
     * of 100,000 pupils still never holds more than this many pupils' registers.
     */
    private final Map<String, List<AttendanceMark>> recentRegisters = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<AttendanceMark>> eldest) {
            return size() > RECENT_REGISTERS;
        }
    };
    static final int RECENT_REGISTERS = 4096;

    School(String name, AcademicYear year, List<SchoolTerm> terms, LocalDate registersUntil, List<Pupil> pupils,
            List<SchoolClass> classes, List<Enrollment> enrollments, List<StaffMember> staff,
            List<DemoAccount> demoAccounts, Function<String, List<AttendanceMark>> registers) {
        this.name = name;
        this.year = year;
        this.terms = List.copyOf(terms);
        this.registersUntil = registersUntil;
        this.pupils = pupils.stream().sorted(ROLL_ORDER).toList();
        this.pupilsById = index(this.pupils, Pupil::id);
        this.classes = List.copyOf(classes);
        this.classesById = index(this.classes, SchoolClass::id);
        this.enrollments = List.copyOf(enrollments);
        this.enrollmentsByClass = group(this.enrollments, Enrollment::classId);
        this.enrollmentsByPupil = group(this.enrollments, Enrollment::pupilId);
        this.staff = List.copyOf(staff);
        this.staffById = index(this.staff, StaffMember::id);
        this.demoAccounts = List.copyOf(demoAccounts);
        this.registers = registers;
    }

    /** The school's name. */
    public String name() {
        return name;
    }

    /** The academic year the data was generated for. */
    public AcademicYear year() {
        return year;
    }

    /** The current term: the last one that has started by {@link #registersUntil()} (autumn before that). */
    public SchoolTerm term() {
        SchoolTerm current = terms.get(0);
        for (SchoolTerm t : terms) {
            if (!t.firstDay().isAfter(registersUntil)) {
                current = t;
            }
        }
        return current;
    }

    /** The year's three terms, in order. */
    public List<SchoolTerm> terms() {
        return terms;
    }

    /** The last day with registers (the day the data was generated, or the end of the summer term). */
    public LocalDate registersUntil() {
        return registersUntil;
    }

    /** Every pupil the school has known this year (leavers included), in roll order. */
    public List<Pupil> pupils() {
        return pupils;
    }

    /** The pupil with the id. */
    public Optional<Pupil> pupil(String id) {
        return Optional.ofNullable(pupilsById.get(id));
    }

    /** Pupils enrolled in a class on the day, in roll order. */
    public List<Pupil> pupilsOnRoll(LocalDate day) {
        return pupils.stream().filter(p -> enrollmentsOf(p.id()).stream().anyMatch(e -> e.activeOn(day))).toList();
    }

    /** Every class, Reception first. */
    public List<SchoolClass> classes() {
        return classes;
    }

    /** The class with the id. */
    public Optional<SchoolClass> schoolClass(String id) {
        return Optional.ofNullable(classesById.get(id));
    }

    /** Every enrollment, in the order they were made. */
    public List<Enrollment> enrollments() {
        return enrollments;
    }

    /** The enrollments of a class, past and present. */
    public List<Enrollment> enrollmentsOfClass(String classId) {
        return enrollmentsByClass.getOrDefault(classId, List.of());
    }

    /** The enrollments of a pupil, past and present. */
    public List<Enrollment> enrollmentsOf(String pupilId) {
        return enrollmentsByPupil.getOrDefault(pupilId, List.of());
    }

    /** The classes the pupil is in on the day. */
    public List<SchoolClass> classesOf(String pupilId, LocalDate day) {
        return enrollmentsOf(pupilId).stream().filter(e -> e.activeOn(day))
                .map(e -> classesById.get(e.classId())).toList();
    }

    /** The classes the member of staff teaches. */
    public List<SchoolClass> taughtBy(String staffId) {
        return classes.stream().filter(c -> c.teacherIds().contains(staffId)).toList();
    }

    /** Every member of staff. */
    public List<StaffMember> staff() {
        return staff;
    }

    /** The member of staff with the id. */
    public Optional<StaffMember> staffMember(String id) {
        return Optional.ofNullable(staffById.get(id));
    }

    /** The demo sign-ins. */
    public List<DemoAccount> demoAccounts() {
        return demoAccounts;
    }

    /** Every register mark of the pupil this year up to {@link #registersUntil()}, in date and session order. */
    public List<AttendanceMark> marksOf(String pupilId) {
        if (!pupilsById.containsKey(pupilId)) {
            return List.of();
        }
        synchronized (recentRegisters) {
            List<AttendanceMark> known = recentRegisters.get(pupilId);
            if (known != null) {
                return known;
            }
        }
        // generated outside the lock: other pages need not wait; two threads may both generate (same result)
        // an ArrayList behind the read-only view: a range of it (SampleAttendanceSource) copies as one array
        List<AttendanceMark> generated = Collections.unmodifiableList(new ArrayList<>(registers.apply(pupilId)));
        synchronized (recentRegisters) {
            recentRegisters.put(pupilId, generated);
        }
        return generated;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    private static Map<String, List<Enrollment>> group(List<Enrollment> items, Function<Enrollment, String> key) {
        Map<String, List<Enrollment>> groups = new LinkedHashMap<>();
        items.forEach(e -> groups.computeIfAbsent(key.apply(e), k -> new ArrayList<>()).add(e));
        groups.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(groups);
    }
}
