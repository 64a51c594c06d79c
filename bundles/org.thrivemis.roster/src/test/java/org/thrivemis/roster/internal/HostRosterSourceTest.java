package org.thrivemis.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.roster.internal.Fixtures.CLOCK;
import static org.thrivemis.roster.internal.Fixtures.OFFICE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrivemis.api.roster.EntityCounts;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.roster.SyncStatus;
import org.thrivemis.api.store.RosterRow;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.School;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.SchoolDirectory;
import org.thrivemis.mis.api.StaffDirectory;
import org.thrivemis.mis.api.StaffMember;

/** The host MIS as a source, through the engine: a pupil leaving the roll is archived, never deleted. */
class HostRosterSourceTest {
    @TempDir
    Path dir;

    private final List<Pupil> onRoll = new ArrayList<>(List.of(
            new Pupil("P1", Optional.of("A820200100001"), "Amy", "Able", LocalDate.of(2017, 1, 1), "3"),
            new Pupil("P2", Optional.empty(), "Ben", "Brook", LocalDate.of(2017, 2, 2), "3")));
    private final SchoolClass oak = new SchoolClass("C1", "Year 3 Oak", "3", List.of("T1"));
    private final List<Enrollment> enrollments = List.of(
            new Enrollment("C1", "P1", LocalDate.of(2025, 9, 1), Optional.empty()),
            new Enrollment("C1", "P2", LocalDate.of(2025, 9, 1), Optional.empty()));

    @Test
    void syncsTheMisAndArchivesAPupilWhoLeavesTheRoll() throws Exception {
        try (TestStore db = new TestStore(dir)) {
            RosterSyncImpl sync = new RosterSyncImpl(new SyncEngine(db.store(), CLOCK), db.store(), CLOCK);
            sync.addSource(new HostRosterSource(pupils(), classes(), staff(), "school", "Oak Primary"),
                    Fixtures.props("host"));

            SyncReport first = sync.run(OFFICE, "host", Optional.empty());
            assertEquals(SyncStatus.APPLIED, first.status(), first.issues().toString());
            assertEquals(new EntityCounts(2, 0, 0), first.of(RosterEntity.PUPIL));
            assertEquals(new EntityCounts(3, 0, 0), first.of(RosterEntity.ENROLLMENT), "two pupils and the teacher");
            assertEquals("Year 3 Oak", db.state("host").classes().get(0).value().title());

            onRoll.remove(1);
            SyncReport second = sync.run(OFFICE, "host", Optional.empty());

            assertEquals(new EntityCounts(0, 0, 1), second.of(RosterEntity.PUPIL));
            assertEquals(new EntityCounts(0, 0, 1), second.of(RosterEntity.ENROLLMENT), "Ben's enrollment archived");
            RosterRow<?> ben = db.state("host").pupils().get(1);
            assertTrue(ben.archivedAt().isPresent(), "archived, still stored");
            sync.deactivate();
        }
    }

    @Test
    void aHostServingATrustGivesEachSchoolAndPutsEveryoneInTheirs() throws Exception {
        try (TestStore db = new TestStore(dir)) {
            RosterSyncImpl sync = new RosterSyncImpl(new SyncEngine(db.store(), CLOCK), db.store(), CLOCK);
            HostRosterSource source = new HostRosterSource(pupils(), classes(), staff(), "school", "Oak Primary");
            source.schools = new SchoolDirectory() {
                @Override
                public List<School> schools() {
                    return List.of(new School("north", "North Primary"), new School("south", "South Primary"));
                }

                @Override
                public Optional<String> schoolOfPupil(String pupilId) {
                    return Optional.of("P1".equals(pupilId) ? "north" : "south");
                }

                @Override
                public Optional<String> schoolOfClass(String classId) {
                    return Optional.of("north");
                }

                @Override
                public Set<String> schoolsOfStaff(String staffId) {
                    return Set.of("north", "south");
                }
            };
            sync.addSource(source, Fixtures.props("host"));

            SyncReport report = sync.run(OFFICE, "host", Optional.empty());

            assertEquals(SyncStatus.APPLIED, report.status(), report.issues().toString());
            assertEquals(List.of("north", "south"), db.state("host").schools().stream()
                    .map(r -> r.value().sourceId()).sorted().toList(), "the host's schools, not the configured one");
            assertEquals(List.of(List.of("north"), List.of("south")), db.state("host").pupils().stream()
                    .map(r -> r.value().schoolSourceIds()).toList());
            assertEquals("north", db.state("host").classes().get(0).value().schoolSourceId());
            assertEquals(List.of("north", "south"), db.state("host").staff().get(0).value().schoolSourceIds());
            sync.deactivate();
        }
    }

    private PupilDirectory pupils() {
        return new PupilDirectory() {
            @Override
            public Optional<Pupil> pupil(String id) {
                return onRoll.stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public List<Pupil> pupils(Collection<String> ids) {
                return onRoll.stream().filter(p -> ids.contains(p.id())).toList();
            }

            @Override
            public List<Pupil> search(String text, int limit) {
                return List.copyOf(onRoll);
            }

            @Override
            public List<Pupil> all() {
                return List.copyOf(onRoll);
            }
        };
    }

    private ClassDirectory classes() {
        return new ClassDirectory() {
            @Override
            public List<SchoolClass> classes() {
                return List.of(oak);
            }

            @Override
            public Optional<SchoolClass> schoolClass(String id) {
                return Optional.of(oak);
            }

            @Override
            public List<Enrollment> enrollments(String classId) {
                return enrollments;
            }

            @Override
            public List<SchoolClass> classesOf(String pupilId, LocalDate day) {
                return List.of(oak);
            }

            @Override
            public List<SchoolClass> taughtBy(String staffId) {
                return List.of(oak);
            }
        };
    }

    private static StaffDirectory staff() {
        StaffMember t1 = new StaffMember("T1", "olive", "Olive Oakley", Set.of("teacher"));
        return new StaffDirectory() {
            @Override
            public Optional<StaffMember> staff(String id) {
                return Optional.of(t1);
            }

            @Override
            public List<StaffMember> all() {
                return List.of(t1);
            }
        };
    }
}
