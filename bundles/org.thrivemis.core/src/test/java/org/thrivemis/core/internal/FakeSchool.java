package org.thrivemis.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolClass;

/**
 * A small school standing in for the host's PupilDirectory and ClassDirectory, with call counts.
 * Today is Monday 10 March 2025. Year 3 Oak (3O) is taught by T-OAK and holds Amy and Ben; Year 4 Ash
 * (4A) is taught by T-ASH and holds Cal, and Dev, who left 3O at the end of February.
 */
final class FakeSchool implements PupilDirectory, ClassDirectory {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T09:30:00Z"), LONDON);
    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    static final String AMY = "P-AMY";
    static final String BEN = "P-BEN";
    static final String CAL = "P-CAL";
    static final String DEV = "P-DEV";

    static final Actor OAK_TEACHER = actor("T-OAK", "Olive Oakley", ThriveRole.TEACHER);
    static final Actor ASH_TEACHER = actor("T-ASH", "Ash Ashworth", ThriveRole.TEACHER);
    static final Actor OFFICE = actor("S-OFF", "Fran Office", ThriveRole.OFFICE);
    static final Actor PRACTITIONER = actor("S-PRA", "Pat Practitioner", ThriveRole.PRACTITIONER);
    static final Actor SENIOR_LEAD = actor("S-SEN", "Sam Senior", ThriveRole.SENIOR_LEAD);
    static final Actor ADMIN = actor("S-ADM", "Ada Admin", ThriveRole.ADMIN);

    private final Map<String, Pupil> pupils = new HashMap<>();
    private final List<SchoolClass> classes = new ArrayList<>();
    private final List<Enrollment> enrollments = new ArrayList<>();
    final Map<String, Integer> calls = new HashMap<>();

    FakeSchool() {
        pupil(AMY, "Amy", "Adams");
        pupil(BEN, "Ben", "Brown");
        pupil(CAL, "Cal", "Clark");
        pupil(DEV, "Dev", "Das");
        classes.add(new SchoolClass("3O", "Year 3 Oak", "3", List.of("T-OAK")));
        classes.add(new SchoolClass("4A", "Year 4 Ash", "4", List.of("T-ASH")));
        LocalDate september = LocalDate.of(2024, 9, 4);
        enrollments.add(new Enrollment("3O", AMY, september, Optional.empty()));
        enrollments.add(new Enrollment("3O", BEN, september, Optional.empty()));
        enrollments.add(new Enrollment("4A", CAL, september, Optional.empty()));
        enrollments.add(new Enrollment("3O", DEV, september, Optional.of(LocalDate.of(2025, 2, 28))));
        enrollments.add(new Enrollment("4A", DEV, LocalDate.of(2025, 3, 3), Optional.empty()));
    }

    static Actor actor(String id, String name, ThriveRole... roles) {
        return new Actor(id, name, Set.of(roles));
    }

    int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    private void pupil(String id, String given, String family) {
        pupils.put(id, new Pupil(id, Optional.empty(), given, family, LocalDate.of(2017, 5, 1), "3"));
    }

    private void count(String method) {
        calls.merge(method, 1, Integer::sum);
    }

    @Override
    public Optional<Pupil> pupil(String id) {
        count("pupil");
        return Optional.ofNullable(pupils.get(id));
    }

    @Override
    public List<Pupil> pupils(Collection<String> ids) {
        count("pupils");
        return ids.stream().map(pupils::get).filter(p -> p != null).toList();
    }

    @Override
    public List<Pupil> search(String text, int limit) {
        throw new UnsupportedOperationException("not used by the core");
    }

    @Override
    public List<Pupil> all() {
        count("all");
        return List.copyOf(pupils.values());
    }

    @Override
    public List<SchoolClass> classes() {
        count("classes");
        return List.copyOf(classes);
    }

    @Override
    public Optional<SchoolClass> schoolClass(String id) {
        count("schoolClass");
        return classes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public List<Enrollment> enrollments(String classId) {
        count("enrollments");
        return enrollments.stream().filter(e -> e.classId().equals(classId)).toList();
    }

    @Override
    public List<SchoolClass> classesOf(String pupilId, LocalDate day) {
        count("classesOf");
        return enrollments.stream()
                .filter(e -> e.pupilId().equals(pupilId) && e.activeOn(day))
                .map(e -> schoolClassQuietly(e.classId()))
                .toList();
    }

    @Override
    public List<SchoolClass> taughtBy(String staffId) {
        count("taughtBy");
        return classes.stream().filter(c -> c.teacherIds().contains(staffId)).toList();
    }

    private SchoolClass schoolClassQuietly(String id) {
        return classes.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
