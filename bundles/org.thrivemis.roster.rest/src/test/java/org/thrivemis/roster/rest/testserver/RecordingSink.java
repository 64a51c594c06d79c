package org.thrivemis.roster.rest.testserver;

import java.util.ArrayList;
import java.util.List;
import org.thrivemis.api.roster.RosterClass;
import org.thrivemis.api.roster.RosterEnrollment;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterRemoval;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterSink;
import org.thrivemis.api.roster.RosterStaff;
import org.thrivemis.api.roster.Severity;
import org.thrivemis.api.roster.SyncIssue;

/** A sink that keeps everything a source hands it, for assertions. */
public final class RecordingSink implements RosterSink {
    public final List<RosterSchool> schools = new ArrayList<>();
    public final List<RosterClass> classes = new ArrayList<>();
    public final List<RosterPupil> pupils = new ArrayList<>();
    public final List<RosterStaff> staff = new ArrayList<>();
    public final List<RosterEnrollment> enrollments = new ArrayList<>();
    public final List<RosterRemoval> removals = new ArrayList<>();
    public final List<SyncIssue> issues = new ArrayList<>();
    public final List<String> progress = new ArrayList<>();

    @Override
    public void school(RosterSchool school) {
        schools.add(school);
    }

    @Override
    public void schoolClass(RosterClass schoolClass) {
        classes.add(schoolClass);
    }

    @Override
    public void pupil(RosterPupil pupil) {
        pupils.add(pupil);
    }

    @Override
    public void staff(RosterStaff member) {
        staff.add(member);
    }

    @Override
    public void enrollment(RosterEnrollment enrollment) {
        enrollments.add(enrollment);
    }

    @Override
    public void removal(RosterRemoval removal) {
        removals.add(removal);
    }

    @Override
    public void issue(SyncIssue issue) {
        issues.add(issue);
    }

    @Override
    public void progress(String stage) {
        progress.add(stage);
    }

    public List<SyncIssue> errors() {
        return issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
    }
}
