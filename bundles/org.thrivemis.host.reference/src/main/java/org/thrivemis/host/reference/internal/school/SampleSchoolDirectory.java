package org.thrivemis.host.reference.internal.school;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.host.reference.internal.HostConfig;
import org.thrivemis.mis.api.School;
import org.thrivemis.mis.api.SchoolDirectory;
import org.thrivemis.mis.api.StaffMember;

/**
 * The schools of the sample trust, which school each pupil and class belongs to, and which schools
 * each member of staff sees: every school for a holder of a trust-wide role (configuration
 * {@code trustRoles}), else the school that employs them.
 */
@Component(service = {SchoolDirectory.class, SampleSchoolDirectory.class}, configurationPid = HostConfig.PID)
public final class SampleSchoolDirectory implements SchoolDirectory {

    private final SampleSchool sampleSchool;
    private volatile Set<String> trustRoles;

    @Activate
    public SampleSchoolDirectory(@Reference SampleSchool sampleSchool, HostConfig config) {
        this.sampleSchool = sampleSchool;
        this.trustRoles = rolesOf(config);
    }

    @Modified
    void modified(HostConfig config) {
        this.trustRoles = rolesOf(config);
    }

    @Override
    public List<School> schools() {
        return sampleSchool.school().trustSchools();
    }

    @Override
    public Optional<String> schoolOfPupil(String pupilId) {
        return pupilId == null ? Optional.empty() : sampleSchool.school().schoolOfPupil(pupilId);
    }

    @Override
    public Map<String, String> schoolsOfPupils(Collection<String> pupilIds) {
        org.thrivemis.host.reference.internal.school.School school = sampleSchool.school();
        Map<String, String> keys = new LinkedHashMap<>();
        for (String id : pupilIds) {
            school.schoolOfPupil(id).ifPresent(key -> keys.put(id, key));
        }
        return keys;
    }

    @Override
    public Optional<String> schoolOfClass(String classId) {
        return classId == null ? Optional.empty() : sampleSchool.school().schoolOfClass(classId);
    }

    @Override
    public Set<String> schoolsOfStaff(String staffId) {
        org.thrivemis.host.reference.internal.school.School school = sampleSchool.school();
        Optional<StaffMember> member = school.staffMember(staffId);
        if (member.isEmpty()) {
            return Set.of();
        }
        Set<String> roles = trustRoles;
        boolean trustWide = member.get().roles().stream().anyMatch(r -> roles.contains(key(r)));
        return trustWide ? school.trustSchools().stream().map(School::key).collect(Collectors.toUnmodifiableSet())
                : school.schoolsOfStaff(staffId);
    }

    /** The schools among the trust's that the member of staff sees, in display order. */
    public List<School> visibleTo(String staffId) {
        Set<String> keys = schoolsOfStaff(staffId);
        return schools().stream().filter(s -> keys.contains(s.key())).toList();
    }

    private static Set<String> rolesOf(HostConfig config) {
        String[] names = config.trustRoles() == null ? new String[0] : config.trustRoles();
        return Arrays.stream(names).flatMap(n -> Arrays.stream(n.split(","))).filter(n -> !n.isBlank())
                .map(SampleSchoolDirectory::key).collect(Collectors.toUnmodifiableSet());
    }

    private static String key(String role) {
        return role.strip().toLowerCase(Locale.ROOT);
    }
}
