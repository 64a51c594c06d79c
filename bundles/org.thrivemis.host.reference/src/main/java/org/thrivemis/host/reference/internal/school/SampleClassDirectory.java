package org.thrivemis.host.reference.internal.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.SchoolClass;

/** The host's classes, their teachers and enrollments, from the sample school. */
@Component(service = ClassDirectory.class)
public final class SampleClassDirectory implements ClassDirectory {

    private final SampleSchool sampleSchool;

    @Activate
    public SampleClassDirectory(@Reference SampleSchool sampleSchool) {
        this.sampleSchool = sampleSchool;
    }

    @Override
    public List<SchoolClass> classes() {
        return sampleSchool.school().classes();
    }

    @Override
    public Optional<SchoolClass> schoolClass(String id) {
        return id == null ? Optional.empty() : sampleSchool.school().schoolClass(id);
    }

    @Override
    public List<Enrollment> enrollments(String classId) {
        return sampleSchool.school().enrollmentsOfClass(classId);
    }

    @Override
    public List<SchoolClass> classesOf(String pupilId, LocalDate day) {
        return sampleSchool.school().classesOf(pupilId, day);
    }

    @Override
    public List<SchoolClass> taughtBy(String staffId) {
        return sampleSchool.school().taughtBy(staffId);
    }
}
