package org.thrivemis.roster.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.thrivemis.api.roster.RosterClass;
import org.thrivemis.api.roster.RosterEnrollment;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterRemoval;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterSink;
import org.thrivemis.api.roster.RosterStaff;
import org.thrivemis.api.roster.Severity;
import org.thrivemis.api.roster.SyncIssue;

/**
 * Everything one read of a source delivered, held whole so the dataset can be checked as a whole
 * before anything is written. Receives the records as the source's {@link RosterSink}.
 */
final class Dataset implements RosterSink {
    final List<RosterSchool> schools = new ArrayList<>();
    final List<RosterClass> classes = new ArrayList<>();
    final List<RosterPupil> pupils = new ArrayList<>();
    final List<RosterStaff> staff = new ArrayList<>();
    final List<RosterEnrollment> enrollments = new ArrayList<>();
    final List<RosterRemoval> removals = new ArrayList<>();
    final List<SyncIssue> issues = new ArrayList<>();
    private final Consumer<String> stage;
    // written by the reading thread, read by the admin page's progress calls
    private volatile long records;

    Dataset(Consumer<String> stage) {
        this.stage = stage;
    }

    @Override
    public void school(RosterSchool school) {
        schools.add(school);
        records++;
    }

    @Override
    public void schoolClass(RosterClass schoolClass) {
        classes.add(schoolClass);
        records++;
    }

    @Override
    public void pupil(RosterPupil pupil) {
        pupils.add(pupil);
        records++;
    }

    @Override
    public void staff(RosterStaff member) {
        staff.add(member);
        records++;
    }

    @Override
    public void enrollment(RosterEnrollment enrollment) {
        enrollments.add(enrollment);
        records++;
    }

    @Override
    public void removal(RosterRemoval removal) {
        removals.add(removal);
        records++;
    }

    @Override
    public void issue(SyncIssue issue) {
        issues.add(issue);
    }

    @Override
    public void progress(String text) {
        stage.accept(text);
    }

    /** Records received so far (removals included). */
    long records() {
        return records;
    }

    boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }
}
