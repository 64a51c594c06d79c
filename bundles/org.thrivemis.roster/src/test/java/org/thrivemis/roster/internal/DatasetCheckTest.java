package org.thrivemis.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.roster.Coverage;
import org.thrivemis.api.roster.EnrollmentRole;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterClass;
import org.thrivemis.api.roster.RosterEnrollment;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterRead;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterStaff;
import org.thrivemis.api.roster.Severity;
import org.thrivemis.api.roster.SyncIssue;
import org.thrivemis.api.store.RosterRow;
import org.thrivemis.api.store.RosterState;

/** The whole-dataset checks that need the stored roster: references in deltas, staff orgs. */
class DatasetCheckTest {
    private static final RosterState STORED = new RosterState(
            List.of(new RosterRow<>(1, "src", new RosterSchool("s1", "Oak", Origin.NONE), Optional.empty(), false)),
            List.of(new RosterRow<>(2, "src", new RosterClass("c1", "s1", "3O", Origin.NONE), Optional.empty(), false)),
            List.of(), List.of(), List.of());

    @Test
    void aDeltaMayReferToStoredSchoolsAndClasses() {
        Dataset data = new Dataset(s -> { });
        data.pupil(new RosterPupil("u1", Optional.empty(), "Ada", "Able", Optional.empty(), List.of("s1"),
                Origin.line("users.csv", 2)));
        data.enrollment(new RosterEnrollment("e1", "c1", "u1", EnrollmentRole.PUPIL, Optional.empty(),
                Optional.empty(), Origin.line("enrollments.csv", 2)));
        RosterRead delta = new RosterRead(Map.of(RosterEntity.PUPIL, Coverage.DELTA, RosterEntity.ENROLLMENT,
                Coverage.DELTA));

        assertEquals(List.of(), DatasetCheck.check(data, delta, STORED));
    }

    @Test
    void inBulkOnlyTheDatasetCounts() {
        Dataset data = new Dataset(s -> { });
        data.schoolClass(new RosterClass("c2", "s1", "4E", Origin.line("classes.csv", 2)));

        List<SyncIssue> issues = DatasetCheck.check(data, RosterRead.bulk(), STORED);

        assertEquals(SyncIssue.error(Origin.line("classes.csv", 2), "schoolSourcedId", "s1", "No school has the id s1,"
                + " in this dataset or from earlier syncs. Add the school or correct the id."), issues.get(0));
    }

    @Test
    void aMemberOfStaffInAnUnknownOrgIsAWarningNotARefusal() {
        Dataset data = new Dataset(s -> { });
        data.staff(new RosterStaff("t1", "Tia", "Teach", List.of("s1", "trust"), Origin.line("users.csv", 3)));
        RosterRead delta = new RosterRead(Map.of(RosterEntity.STAFF, Coverage.DELTA));

        List<SyncIssue> issues = DatasetCheck.check(data, delta, STORED);

        assertEquals(1, issues.size());
        assertEquals(Severity.WARNING, issues.get(0).severity());
        assertEquals("trust", issues.get(0).value());
    }
}
