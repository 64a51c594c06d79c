package org.thrivemis.roster.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.thrivemis.api.roster.EnrollmentRole;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterClass;
import org.thrivemis.api.roster.RosterEnrollment;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterRead;
import org.thrivemis.api.roster.RosterRequest;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterSink;
import org.thrivemis.api.roster.RosterSource;
import org.thrivemis.api.roster.RosterSourceException;
import org.thrivemis.api.roster.RosterStaff;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.School;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.SchoolDirectory;
import org.thrivemis.mis.api.StaffDirectory;
import org.thrivemis.mis.api.StaffMember;

/**
 * A roster source reading the host MIS through its ports: one school (named by configuration),
 * the host's classes, the pupils on roll, staff, and the enrollments of pupils on roll plus each
 * class's teachers. Always a complete snapshot (bulk), so a pupil who leaves the roll is archived.
 * A host serving a trust (it registers a {@link SchoolDirectory}) gives its schools instead, each
 * pupil, class and member of staff in theirs, keyed by the host's school keys.
 */
@Component(service = RosterSource.class, configurationPid = HostSourceConfig.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = RosterSource.KIND + "=host")
@Designate(ocd = HostSourceConfig.class, factory = true)
public class HostRosterSource implements RosterSource {
    private final PupilDirectory pupils;
    private final ClassDirectory classes;
    private final StaffDirectory staff;
    private final String schoolId;
    private final String schoolName;

    /** The host's schools of a trust, when it serves several. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SchoolDirectory schools;

    @Activate
    public HostRosterSource(@Reference PupilDirectory pupils, @Reference ClassDirectory classes,
            @Reference StaffDirectory staff, HostSourceConfig config) {
        this(pupils, classes, staff, config.school_id(), config.school_name());
    }

    HostRosterSource(PupilDirectory pupils, ClassDirectory classes, StaffDirectory staff, String schoolId,
            String schoolName) {
        this.pupils = pupils;
        this.classes = classes;
        this.staff = staff;
        this.schoolId = schoolId;
        this.schoolName = schoolName;
    }

    @Override
    public RosterRead read(RosterRequest request, RosterSink sink) {
        if (request.upload().isPresent()) {
            throw new RosterSourceException("The MIS source reads the MIS itself, not an uploaded file: choose a"
                    + " OneRoster CSV source for the upload.");
        }
        SchoolDirectory directory = schools;
        List<School> trust = directory == null ? List.of() : directory.schools();
        if (trust.isEmpty()) {
            sink.school(new RosterSchool(schoolId, schoolName, Origin.NONE));
        } else {
            trust.forEach(s -> sink.school(new RosterSchool(s.key(), s.name(), Origin.NONE)));
        }
        // without the host's say, a record belongs to the configured school (or the trust's first)
        String fallback = trust.isEmpty() ? schoolId : trust.get(0).key();
        sink.progress("Reading pupils from the MIS");
        Set<String> onRoll = new HashSet<>();
        List<Pupil> all = pupils.all();
        Map<String, String> schoolOf = trust.isEmpty() ? Map.of()
                : directory.schoolsOfPupils(all.stream().map(Pupil::id).toList());
        for (Pupil p : all) {
            onRoll.add(p.id());
            sink.pupil(new RosterPupil(p.id(), p.upn(), p.givenName(), p.familyName(),
                    java.util.Optional.of(p.dateOfBirth()), List.of(schoolOf.getOrDefault(p.id(), fallback)),
                    Origin.NONE));
        }
        Set<String> keys = trust.stream().map(School::key).collect(Collectors.toSet());
        for (StaffMember s : staff.all()) {
            List<String> staffSchools = trust.isEmpty() ? List.of(schoolId) : directory.schoolsOfStaff(s.id()).stream()
                    .filter(keys::contains).sorted().toList();
            String name = s.displayName().strip();
            int space = name.lastIndexOf(' ');
            // the host gives one display name; the roster keeps given and family names
            sink.staff(new RosterStaff(s.id(), space > 0 ? name.substring(0, space) : name,
                    space > 0 ? name.substring(space + 1) : name,
                    staffSchools.isEmpty() ? List.of(fallback) : staffSchools, Origin.NONE));
        }
        sink.progress("Reading classes from the MIS");
        for (SchoolClass c : classes.classes()) {
            String classSchool = trust.isEmpty() ? schoolId
                    : directory.schoolOfClass(c.id()).filter(keys::contains).orElse(fallback);
            sink.schoolClass(new RosterClass(c.id(), classSchool, c.name(), Origin.NONE));
            for (String teacher : c.teacherIds()) {
                sink.enrollment(new RosterEnrollment(c.id() + "/teacher/" + teacher, c.id(), teacher,
                        EnrollmentRole.TEACHER, java.util.Optional.empty(), java.util.Optional.empty(), Origin.NONE));
            }
            for (Enrollment e : classes.enrollments(c.id())) {
                if (!onRoll.contains(e.pupilId())) {
                    continue; // a past enrollment of a pupil who has left: archived with them
                }
                sink.enrollment(new RosterEnrollment(c.id() + "/" + e.pupilId() + "/" + e.start(), c.id(),
                        e.pupilId(), EnrollmentRole.PUPIL, java.util.Optional.of(e.start()), e.end(), Origin.NONE));
            }
        }
        return RosterRead.bulk();
    }
}
