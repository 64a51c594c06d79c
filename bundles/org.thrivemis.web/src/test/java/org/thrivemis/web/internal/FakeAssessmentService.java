package org.thrivemis.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentService;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.Profile;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;

/** Stands in for the assessment service: profiles a test adds, newest first, each with one Being gap. */
public final class FakeAssessmentService implements AssessmentService {
    public final List<Assessment> assessments = new ArrayList<>();

    public Assessment add(long id, String pupilId, AssessmentStatus status) {
        Instant at = Instant.parse("2026-03-03T10:00:00Z");
        Assessment a = new Assessment(id, pupilId, ProfileKind.BASELINE, "", status, LocalDate.of(2026, 3, 3),
                "sample", "1.0.0", Map.of(), "S-PRA", "Pat Practitioner", at, "Pat Practitioner",
                status == AssessmentStatus.COMPLETED ? Optional.of(at) : Optional.empty(), 1);
        assessments.add(0, a);
        return a;
    }

    @Override
    public List<Profile> history(Actor actor, String pupilId) {
        return assessments.stream().filter(a -> a.pupilId().equals(pupilId)).map(a -> new Profile(a, result(a))).toList();
    }

    @Override
    public Assessment get(Actor actor, long assessmentId) {
        return assessments.stream().filter(a -> a.id() == assessmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("No assessment " + assessmentId));
    }

    @Override
    public ProfileResult result(Assessment assessment) {
        return new ProfileResult(List.of(new StrandResult(Strand.BEING, 2, 1, 1, 0, List.of("being-02"))),
                Optional.of(Strand.BEING), Strand.SKILLS_AND_STRUCTURE);
    }

    @Override
    public Assessment start(Actor actor, String pupilId, ProfileKind kind, String reason, LocalDate assessedOn) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Assessment saveLevels(Actor actor, long assessmentId, long expectedVersion, Map<String, Level> levels) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Assessment complete(Actor actor, long assessmentId, long expectedVersion) {
        throw new UnsupportedOperationException();
    }
}
