package org.thrivemis.core.internal.dataprotection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolClass;

/** The host with one pupil on roll, Zoe Quill (P-ZOE, UPN A123456789012), and no classes. */
final class FakeDirectory implements PupilDirectory, ClassDirectory {
    static final Pupil ZOE = new Pupil("P-ZOE", Optional.of("A123456789012"), "Zoe", "Quill",
            LocalDate.of(2016, 2, 3), "4");

    @Override
    public Optional<Pupil> pupil(String id) {
        return ZOE.id().equals(id) ? Optional.of(ZOE) : Optional.empty();
    }

    @Override
    public List<Pupil> pupils(Collection<String> ids) {
        return ids.contains(ZOE.id()) ? List.of(ZOE) : List.of();
    }

    @Override
    public List<Pupil> search(String text, int limit) {
        return List.of(ZOE);
    }

    @Override
    public List<Pupil> all() {
        return List.of(ZOE);
    }

    @Override
    public List<SchoolClass> classes() {
        return List.of();
    }

    @Override
    public Optional<SchoolClass> schoolClass(String id) {
        return Optional.empty();
    }

    @Override
    public List<SchoolClass> taughtBy(String staffId) {
        return List.of();
    }

    @Override
    public List<Enrollment> enrollments(String classId) {
        return List.of();
    }

    @Override
    public List<SchoolClass> classesOf(String pupilId, LocalDate on) {
        return List.of();
    }
}
