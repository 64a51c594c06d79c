package org.thrivemis.host.reference.internal.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.DateRange;
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
    private final List<org.thrivemis.mis.api.School> trustSchools;
    private final Map<String, String> schoolOfPupil;
    private final Map<String, String> schoolOfClass;
    private final Map<String, Set<String>> schoolsOfStaff;
    /**
     * The registers of the pupils asked for most recently: a class page asks for the same 30 pupils
     * several times (the host's week, a plugin's year), so they are generated once, while a school
     * of 100,000 pupils still never holds more than this many pupils' registers.
     */
    private final Map<String, PupilRegisters> recentRegisters = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PupilRegisters> eldest) {
            return size() > RECENT_REGISTERS;
        }
    };
    static final int RECENT_REGISTERS = 4096;

    School(String name, AcademicYear year, List<SchoolTerm> terms, LocalDate registersUntil, List<Pupil> pupils,
            List<SchoolClass> classes, List<Enrollment> enrollments, List<StaffMember> staff,
            List<DemoAccount> demoAccounts, Function<String, List<AttendanceMark>> registers) {
        this(name, year, terms, registersUntil, pupils, classes, enrollments, staff, demoAccounts, registers,
                List.of(new org.thrivemis.mis.api.School(SchoolGenerator.HAWTHORN.key(), name)),
                pupils.stream().collect(Collectors.toMap(Pupil::id, p -> SchoolGenerator.HAWTHORN.key())),
                classes.stream().collect(Collectors.toMap(SchoolClass::id, c -> SchoolGenerator.HAWTHORN.key())),
                staff.stream().collect(Collectors.toMap(StaffMember::id, s -> Set.of(SchoolGenerator.HAWTHORN.key()))));
    }

    /** One generated school of a trust: every pupil, class and member of staff belongs to it. */
    School(String key, String name, AcademicYear year, List<SchoolTerm> terms, LocalDate registersUntil,
            List<Pupil> pupils, List<SchoolClass> classes, List<Enrollment> enrollments, List<StaffMember> staff,
            List<DemoAccount> demoAccounts, Function<String, List<AttendanceMark>> registers) {
        this(name, year, terms, registersUntil, pupils, classes, enrollments, staff, demoAccounts, registers,
                List.of(new org.thrivemis.mis.api.School(key, name)),
                pupils.stream().collect(Collectors.toMap(Pupil::id, p -> key)),
                classes.stream().collect(Collectors.toMap(SchoolClass::id, c -> key)),
                staff.stream().collect(Collectors.toMap(StaffMember::id, s -> Set.of(key))));
    }

    private School(String name, AcademicYear year, List<SchoolTerm> terms, LocalDate registersUntil,
            List<Pupil> pupils, List<SchoolClass> classes, List<Enrollment> enrollments, List<StaffMember> staff,
            List<DemoAccount> demoAccounts, Function<String, List<AttendanceMark>> registers,
            List<org.thrivemis.mis.api.School> trustSchools, Map<String, String> schoolOfPupil,
            Map<String, String> schoolOfClass, Map<String, Set<String>> schoolsOfStaff) {
        this.trustSchools = List.copyOf(trustSchools);
        this.schoolOfPupil = Map.copyOf(schoolOfPupil);
        this.schoolOfClass = Map.copyOf(schoolOfClass);
        this.schoolsOfStaff = Map.copyOf(schoolsOfStaff);
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

    /**
     * The trust of these schools as one set of data (pupils, classes, staff and demo accounts of
     * every school, in order), keeping which school each belongs to; the first school's name and
     * calendar stand for the whole. Trust-wide staff belong to no school.
     */
    public static School trust(List<School> schools, List<StaffMember> trustStaff, List<DemoAccount> trustAccounts) {
        School first = schools.get(0);
        List<Pupil> pupils = new ArrayList<>();
        List<SchoolClass> classes = new ArrayList<>();
        List<Enrollment> enrollments = new ArrayList<>();
        List<StaffMember> staff = new ArrayList<>();
        List<DemoAccount> accounts = new ArrayList<>();
        List<org.thrivemis.mis.api.School> keys = new ArrayList<>();
        Map<String, String> pupilSchools = new java.util.HashMap<>();
        Map<String, String> classSchools = new java.util.HashMap<>();
        Map<String, Set<String>> staffSchools = new java.util.HashMap<>();
        Map<String, School> byPupil = new java.util.HashMap<>();
        for (School s : schools) {
            pupils.addAll(s.pupils);
            classes.addAll(s.classes);
            enrollments.addAll(s.enrollments);
            staff.addAll(s.staff);
            accounts.addAll(s.demoAccounts);
            keys.addAll(s.trustSchools);
            pupilSchools.putAll(s.schoolOfPupil);
            classSchools.putAll(s.schoolOfClass);
            staffSchools.putAll(s.schoolsOfStaff);
            s.pupils.forEach(p -> byPupil.put(p.id(), s));
        }
        staff.addAll(trustStaff);
        accounts.addAll(trustAccounts);
        Function<String, List<AttendanceMark>> registers = id -> {
            School owner = byPupil.get(id);
            return owner == null ? List.of() : owner.registers.apply(id);
        };
        return new School(first.name, first.year, first.terms, first.registersUntil, pupils, classes, enrollments,
                staff, accounts, registers, keys, pupilSchools, classSchools, staffSchools);
    }

    /** The school's name (the first school's, for a trust). */
    public String name() {
        return name;
    }

    /** The schools of the trust (one for a single school), in display order. */
    public List<org.thrivemis.mis.api.School> trustSchools() {
        return trustSchools;
    }

    /** The key of the pupil's school. */
    public Optional<String> schoolOfPupil(String pupilId) {
        return Optional.ofNullable(schoolOfPupil.get(pupilId));
    }

    /** The key of the class's school. */
    public Optional<String> schoolOfClass(String classId) {
        return Optional.ofNullable(schoolOfClass.get(classId));
    }

    /** The keys of the schools employing the member of staff (none for trust-wide staff). */
    public Set<String> schoolsOfStaff(String staffId) {
        return schoolsOfStaff.getOrDefault(staffId, Set.of());
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
        return registersOf(pupilId).marks();
    }

    /**
     * Adds the pupil's marks from {@code from} to {@code to} (both inclusive), in date and session
     * order: only the marks of those days are made.
     */
    public void addMarks(String pupilId, LocalDate from, LocalDate to, List<AttendanceMark> out) {
        registersOf(pupilId).addMarks(from, to, out);
    }

    /** The pupil's sessions by code in each range, see {@link org.thrivemis.mis.api.AttendanceSource#counts}. */
    public List<Map<String, Integer>> counts(String pupilId, List<DateRange> ranges) {
        return registersOf(pupilId).counts(ranges);
    }

    private PupilRegisters registersOf(String pupilId) {
        if (!pupilsById.containsKey(pupilId)) {
            return PupilRegisters.NONE;
        }
        synchronized (recentRegisters) {
            PupilRegisters known = recentRegisters.get(pupilId);
            if (known != null) {
                return known;
            }
        }
        // generated outside the lock: other pages need not wait; two threads may both generate (same result)
        PupilRegisters generated = PupilRegisters.of(pupilId, registers.apply(pupilId));
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
