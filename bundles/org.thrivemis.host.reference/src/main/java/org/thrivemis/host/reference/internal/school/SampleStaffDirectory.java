package org.thrivemis.host.reference.internal.school;

import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.mis.api.StaffDirectory;
import org.thrivemis.mis.api.StaffMember;

/** The host's staff (class teachers and the demo accounts), from the sample school. */
@Component(service = StaffDirectory.class)
public final class SampleStaffDirectory implements StaffDirectory {

    private final SampleSchool sampleSchool;

    @Activate
    public SampleStaffDirectory(@Reference SampleSchool sampleSchool) {
        this.sampleSchool = sampleSchool;
    }

    @Override
    public Optional<StaffMember> staff(String id) {
        return id == null ? Optional.empty() : sampleSchool.school().staffMember(id);
    }

    @Override
    public List<StaffMember> all() {
        return sampleSchool.school().staff();
    }
}
