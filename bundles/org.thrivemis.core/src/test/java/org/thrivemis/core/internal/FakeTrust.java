package org.thrivemis.core.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thrivemis.mis.api.School;
import org.thrivemis.mis.api.SchoolDirectory;

/**
 * The host's school directory for {@link FakeSchool} split into a trust: Year 3 Oak (Amy, Ben) is
 * North School's, Year 4 Ash (Cal, Dev) South School's. Counts calls, so tests can check bulk use.
 */
final class FakeTrust implements SchoolDirectory {
    static final String NORTH = "north";
    static final String SOUTH = "south";

    private final Map<String, String> pupils = Map.of(FakeSchool.AMY, NORTH, FakeSchool.BEN, NORTH,
            FakeSchool.CAL, SOUTH, FakeSchool.DEV, SOUTH);
    private final Map<String, String> classes = Map.of("3O", NORTH, "4A", SOUTH);
    private final Map<String, Set<String>> staff = new HashMap<>();
    int pupilLookups;

    FakeTrust() {
        staff.put("S-SEN", Set.of(NORTH));
        staff.put("T-ASH", Set.of(SOUTH));
        staff.put("S-TRUST", Set.of(NORTH, SOUTH));
    }

    @Override
    public List<School> schools() {
        return List.of(new School(NORTH, "North School"), new School(SOUTH, "South School"));
    }

    @Override
    public Optional<String> schoolOfPupil(String pupilId) {
        pupilLookups++;
        return Optional.ofNullable(pupils.get(pupilId));
    }

    @Override
    public Map<String, String> schoolsOfPupils(Collection<String> pupilIds) {
        pupilLookups++;
        Map<String, String> found = new LinkedHashMap<>();
        pupilIds.stream().filter(pupils::containsKey).forEach(id -> found.put(id, pupils.get(id)));
        return found;
    }

    @Override
    public Optional<String> schoolOfClass(String classId) {
        return Optional.ofNullable(classes.get(classId));
    }

    @Override
    public Set<String> schoolsOfStaff(String staffId) {
        return staff.getOrDefault(staffId, Set.of());
    }
}
