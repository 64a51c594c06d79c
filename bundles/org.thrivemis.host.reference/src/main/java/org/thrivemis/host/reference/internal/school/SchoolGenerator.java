package org.thrivemis.host.reference.internal.school;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.StaffMember;
import org.thrivemis.mis.api.Upn;

/**
 * Generates the sample primary school for the academic year containing today: 14 classes
 * (Reception to Year 6, two of 30 per year group), about 420 pupils with valid UPNs and dates of
 * birth that fit their year group, class teachers, the five demo accounts, a few mid-term joiners
 * and leavers, and the year's registers (three terms) up to today, generated per pupil on request. The same seed and academic year always give
 * the same school; the day only decides how far the registers go.
 */
public final class SchoolGenerator {

    /** The school's name. */
    public static final String SCHOOL_NAME = "Hawthorn Primary School";
    /** Local authority number and establishment number of the school (the first 7 digits of its UPNs). */
    static final String LA_AND_ESTABLISHMENT = "919" + "2145";
    /** Where the joiners' UPNs were issued: other schools, in other authorities. */
    private static final List<String> OTHER_SCHOOLS = List.of("3302017", "2042391", "8732006", "8222110", "3162048");
    static final int PUPILS_PER_CLASS = 30;
    static final int LEAVERS = 4;
    static final int JOINERS = 5;
    static final int PERSISTENTLY_ABSENT = 12;
    static final int HOLIDAY_TAKERS = 8;

    private static final Map<YearGroup, List<String>> CLASS_NAMES = Map.of(
            YearGroup.RECEPTION, List.of("Willow", "Hazel"),
            YearGroup.YEAR_1, List.of("Rowan", "Birch"),
            YearGroup.YEAR_2, List.of("Maple", "Cedar"),
            YearGroup.YEAR_3, List.of("Oak", "Ash"),
            YearGroup.YEAR_4, List.of("Elm", "Beech"),
            YearGroup.YEAR_5, List.of("Holly", "Larch"),
            YearGroup.YEAR_6, List.of("Yew", "Chestnut"));

    /** The class the {@code teacher} demo account teaches. */
    public static final String DEMO_TEACHER_CLASS = "Year 3 Oak";

    private static final List<StaffMember> DEMO_STAFF = List.of(
            new StaffMember("S001", "office", "Helen Carter", Set.of("office")),
            new StaffMember("S002", "teacher", "James Whitaker", Set.of("teacher")),
            new StaffMember("S003", "practitioner", "Amira Hussain", Set.of("practitioner")),
            new StaffMember("S004", "senior", "Claire Robinson", Set.of("senior")),
            new StaffMember("S005", "admin", "Daniel Okafor", Set.of("admin")));

    /** Classes per year group when the configuration does not say: a two-form-entry primary school. */
    public static final int DEFAULT_CLASSES_PER_YEAR_GROUP = 2;

    /** The first school of the sample trust: the school the demo has always shown, its ids unprefixed. */
    public static final SchoolProfile HAWTHORN = new SchoolProfile("hawthorn", SCHOOL_NAME, LA_AND_ESTABLISHMENT, "",
            DEMO_STAFF, DEMO_TEACHER_CLASS, List.of(
                    new DemoAccount("office", "office", "S001", "School office: records consent, runs imports"),
                    new DemoAccount("teacher", "teacher", "S002", "Class teacher of " + DEMO_TEACHER_CLASS),
                    new DemoAccount("practitioner", "practitioner", "S003", "Thrive practitioner"),
                    new DemoAccount("senior", "senior", "S004", "Senior leader"),
                    new DemoAccount("admin", "admin", "S005",
                            "MIS administrator: installs and configures plugins (whole trust)")));

    /** The second school of the sample trust; its ids start with {@code elm-}. */
    public static final SchoolProfile ELMFIELD = new SchoolProfile("elmfield", "Elmfield Primary School", "919" + "2311",
            "elm-", List.of(
                    new StaffMember("elm-S001", "elm-office", "Grace Mensah", Set.of("office")),
                    new StaffMember("elm-S002", "elm-teacher", "Tom Gallagher", Set.of("teacher")),
                    new StaffMember("elm-S003", "elm-senior", "Nadia Rahman", Set.of("senior"))),
            "Year 3 Oak", List.of(
                    new DemoAccount("elm-office", "office", "elm-S001", "Elmfield school office"),
                    new DemoAccount("elm-teacher", "teacher", "elm-S002", "Elmfield class teacher of Year 3 Oak"),
                    new DemoAccount("elm-senior", "senior", "elm-S003", "Elmfield senior leader")));

    /**
     * Who a generated school is: its key and name, where its UPNs come from, the prefix of its ids
     * (so two schools of a trust never share one), its demo staff and which class the first
     * teacher among them teaches.
     */
    public record SchoolProfile(String key, String name, String laAndEstablishment, String idPrefix,
            List<StaffMember> demoStaff, String demoTeacherClass, List<DemoAccount> demoAccounts) {
        public SchoolProfile {
            demoStaff = List.copyOf(demoStaff);
            demoAccounts = List.copyOf(demoAccounts);
        }
    }

    private final long seed;
    private final Clock clock;
    private final int classesPerYearGroup;
    private final SchoolProfile profile;

    /**
     * @param seed the school's seed (configuration)
     * @param clock where "today" comes from
     */
    public SchoolGenerator(long seed, Clock clock) {
        this(seed, clock, DEFAULT_CLASSES_PER_YEAR_GROUP);
    }

    /**
     * @param seed the school's seed (configuration)
     * @param clock where "today" comes from
     * @param classesPerYearGroup how many classes of 30 each year group has (configuration; the
     *        benchmarks use a very large school to load the plugin with 100k pupils)
     */
    public SchoolGenerator(long seed, Clock clock, int classesPerYearGroup) {
        this(seed, clock, classesPerYearGroup, HAWTHORN);
    }

    /**
     * @param seed the school's seed (configuration)
     * @param clock where "today" comes from
     * @param classesPerYearGroup how many classes of 30 each year group has
     * @param profile which school of the trust to generate
     */
    public SchoolGenerator(long seed, Clock clock, int classesPerYearGroup, SchoolProfile profile) {
        this.profile = profile;
        if (classesPerYearGroup < 1) {
            throw new IllegalArgumentException("classes per year group must be at least 1, was " + classesPerYearGroup);
        }
        this.seed = seed;
        this.clock = clock;
        this.classesPerYearGroup = classesPerYearGroup;
    }

    /** The school as it stands today. */
    public School generate() {
        LocalDate today = LocalDate.now(clock);
        AcademicYear year = AcademicYear.containing(today);
        List<SchoolTerm> terms = SchoolTerm.ofYear(year);
        SchoolTerm term = terms.get(0);
        // joiners, leavers and holidays happen in the autumn term, as they always have here
        List<LocalDate> schoolDays = term.schoolDays();
        Random random = new Random(seed ^ (year.startYear() * 0x9E3779B97F4A7C15L));
        NameBank names = new NameBank(random);
        profile.demoStaff().forEach(s -> names.reserve(s.displayName().split(" ")[0], s.displayName().split(" ")[1]));

        List<StaffMember> staff = new ArrayList<>(profile.demoStaff());
        List<SchoolClass> classes = new ArrayList<>();
        for (YearGroup group : YearGroup.values()) {
            List<String> trees = CLASS_NAMES.get(group);
            for (int k = 0; k < classesPerYearGroup; k++) {
                String tree = k < trees.size() ? trees.get(k) : "Class " + (k + 1);
                String className = group.displayName() + " " + tree;
                List<String> teachers = new ArrayList<>();
                if (className.equals(profile.demoTeacherClass())) {
                    teachers.add(profile.demoStaff().get(1).id());
                } else {
                    teachers.add(newTeacher(profile.idPrefix(), staff, names));
                    if (group == YearGroup.RECEPTION && tree.equals("Willow")) {
                        teachers.add(newTeacher(profile.idPrefix(), staff, names)); // a job share, as many schools have
                    }
                }
                classes.add(new SchoolClass(profile.idPrefix() + classId(className), className, group.label(), teachers));
            }
        }

        List<Pupil> pupils = new ArrayList<>();
        List<Enrollment> enrollments = new ArrayList<>();
        Map<YearGroup, Integer> serials = new LinkedHashMap<>();
        for (SchoolClass schoolClass : classes) {
            YearGroup group = YearGroup.ofLabel(schoolClass.yearGroup()).orElseThrow();
            for (int i = 0; i < PUPILS_PER_CLASS; i++) {
                int serial = serials.merge(group, 1, Integer::sum);
                String allocated = twoDigits(year.startYear() - group.yearsAfterReception());
                String upn = Upn.withCheckLetter(establishment(profile.laAndEstablishment(), serial) + allocated + String.format("%03d", serial % 1000));
                Pupil pupil = newPupil(profile.idPrefix(), pupils.size() + 1, Optional.of(upn), names.nextChild(), group,
                        year, random);
                pupils.add(pupil);
                enrollments.add(new Enrollment(schoolClass.id(), pupil.id(), term.firstDay(), Optional.empty()));
            }
        }

        // Leavers: their last day is a school day spread through the term.
        List<Integer> leaverIndexes = distinctIndexes(random, LEAVERS, pupils.size());
        for (int i = 0; i < leaverIndexes.size(); i++) {
            int at = leaverIndexes.get(i);
            Enrollment e = enrollments.get(at);
            LocalDate lastDay = schoolDays.get(Math.min(schoolDays.size() - 1, 14 + 12 * i));
            enrollments.set(at, new Enrollment(e.classId(), e.pupilId(), e.start(), Optional.of(lastDay)));
        }

        // Joiners: moved from other schools mid-term; one arrived without a UPN and was given a temporary one.
        for (int i = 0; i < JOINERS; i++) {
            SchoolClass schoolClass = classes.get(2 + random.nextInt(classes.size() - 2));
            YearGroup group = YearGroup.ofLabel(schoolClass.yearGroup()).orElseThrow();
            String allocated = twoDigits(year.startYear() - group.yearsAfterReception());
            String upn = i == 2
                    ? Upn.withCheckLetter(profile.laAndEstablishment() + twoDigits(year.startYear()) + "01" + "A")
                    : Upn.withCheckLetter(OTHER_SCHOOLS.get(i) + allocated + String.format("%03d", 100 + random.nextInt(800)));
            Pupil pupil = newPupil(profile.idPrefix(), pupils.size() + 1, Optional.of(upn), names.nextChild(), group,
                    year, random);
            pupils.add(pupil);
            LocalDate joined = schoolDays.get(Math.min(schoolDays.size() - 1, 9 + 11 * i));
            enrollments.add(new Enrollment(schoolClass.id(), pupil.id(), joined, Optional.empty()));
        }

        // Attendance habits are drawn from the original roll so that the statistics stay comparable.
        Set<String> persistentlyAbsent = new HashSet<>();
        distinctIndexes(random, PERSISTENTLY_ABSENT, classes.size() * PUPILS_PER_CLASS)
                .forEach(i -> persistentlyAbsent.add(pupils.get(i).id()));
        Map<String, LocalDate> holidays = new LinkedHashMap<>();
        distinctIndexes(random, HOLIDAY_TAKERS, classes.size() * PUPILS_PER_CLASS).forEach(i -> holidays.put(
                pupils.get(i).id(), schoolDays.get(5 + random.nextInt(Math.max(1, schoolDays.size() - 10)))));
        Map<String, LocalDate> tripDays = new LinkedHashMap<>();
        classes.forEach(c -> tripDays.put(c.id(), schoolDays.get(3 + random.nextInt(Math.max(1, schoolDays.size() - 4)))));

        LocalDate lastDay = terms.get(terms.size() - 1).lastDay();
        LocalDate registersUntil = today.isAfter(lastDay) ? lastDay : today;
        AttendanceGenerator generator = new AttendanceGenerator(seed, terms);
        Map<String, Enrollment> enrollmentOf = new java.util.HashMap<>();
        enrollments.forEach(e -> enrollmentOf.putIfAbsent(e.pupilId(), e));
        Function<String, List<AttendanceMark>> registers = pupilId -> {
            Enrollment enrollment = enrollmentOf.get(pupilId);
            return enrollment == null ? List.of() : generator.registers(pupilId, enrollment,
                    persistentlyAbsent.contains(pupilId) ? AttendanceHabits.PERSISTENTLY_ABSENT : AttendanceHabits.USUAL,
                    Optional.ofNullable(holidays.get(pupilId)), tripDays.get(enrollment.classId()), registersUntil);
        };

        List<DemoAccount> accounts = profile.demoAccounts();
        return new School(profile.key(), profile.name(), year, terms, registersUntil, pupils, classes, enrollments, staff, accounts,
                registers);
    }

    private static Pupil newPupil(String idPrefix, int number, Optional<String> upn, NameBank.Name name, YearGroup group,
            AcademicYear year, Random random) {
        LocalDate earliest = group.earliestBirthDate(year);
        long days = ChronoUnit.DAYS.between(earliest, group.latestBirthDate(year)) + 1;
        LocalDate born = earliest.plusDays(random.nextInt((int) days));
        return new Pupil(idPrefix + String.format("P%04d", number), upn, name.forename(), name.surname(), born, group.label());
    }

    /**
     * The LA and establishment part of a pupil's UPN. A UPN has room for 999 pupils per year of
     * allocation, so a very large generated school numbers later pupils as if from neighbouring
     * establishments: every UPN stays valid and unique.
     */
    private static String establishment(String laAndEstablishment, int serial) {
        if (serial < 1000) {
            return laAndEstablishment;
        }
        return laAndEstablishment.substring(0, 3) + String.format("%04d",
                (Integer.parseInt(laAndEstablishment.substring(3)) + serial / 1000) % 10000);
    }

    private static String newTeacher(String idPrefix, List<StaffMember> staff, NameBank names) {
        NameBank.Name name = names.nextAdult();
        String id = idPrefix + String.format("S%03d", staff.size() + 1);
        String username = idPrefix + ascii(name.forename().substring(0, 1) + "." + name.surname());
        staff.add(new StaffMember(id, username, name.forename() + " " + name.surname(), Set.of("teacher")));
        return id;
    }

    /** "Year 3 Oak" → "year-3-oak": readable, stable and safe in a URL. */
    static String classId(String className) {
        return className.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z.]", "").toLowerCase(Locale.ROOT);
    }

    private static String twoDigits(int year) {
        return String.format("%02d", Math.floorMod(year, 100));
    }

    private static List<Integer> distinctIndexes(Random random, int count, int bound) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < bound; i++) {
            all.add(i);
        }
        Collections.shuffle(all, random);
        return List.copyOf(all.subList(0, Math.min(count, bound)));
    }
}
