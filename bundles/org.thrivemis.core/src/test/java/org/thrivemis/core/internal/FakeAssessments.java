package org.thrivemis.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.content.Activity;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.AgeRange;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentService;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.Profile;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;

/**
 * Stands in for the assessment service and the content pack (outside the plan service's unit). Amy
 * has completed assessment 7 with gaps in Being (being-02) and Doing (doing-01) and a draft, 8; Ben
 * has completed assessment 9 without gaps. The pack has activities for Being, Doing and Thinking.
 */
final class FakeAssessments implements AssessmentService, ContentPackService {
    static final long AMY_COMPLETED = 7;
    static final long AMY_DRAFT = 8;
    static final long BEN_COMPLETED = 9;

    static final ContentPack PACK = new ContentPack("test-pack", "1.0.0", "Test pack", true, List.of(
            new StrandContent(Strand.BEING, "to feel safe", new AgeRange(0, 6),
                    List.of(new Statement("being-01", Strand.BEING, "Accepts comfort"),
                            new Statement("being-02", Strand.BEING, "Lets an adult help them settle")),
                    List.of(new Activity("being-s1", Strand.BEING, ActivitySetting.SCHOOL, "Meet and greet",
                                    "A trusted adult greets the child by name each morning"),
                            new Activity("being-h1", Strand.BEING, ActivitySetting.HOME, "Bedtime story",
                                    "Read together in a calm place before bed"))),
            new StrandContent(Strand.DOING, "to explore", new AgeRange(6, 18),
                    List.of(new Statement("doing-01", Strand.DOING, "Tries new things with support")),
                    List.of(new Activity("doing-s1", Strand.DOING, ActivitySetting.SCHOOL, "Sensory tray",
                            "Explore a tray of sand and water together"))),
            new StrandContent(Strand.THINKING, "to think", new AgeRange(18, 36), List.of(),
                    List.of(new Activity("thinking-s1", Strand.THINKING, ActivitySetting.SCHOOL, "Cause and effect",
                            "Roll a ball down a ramp and guess where it stops")))),
            List.of());

    private final Map<Long, Assessment> assessments = new HashMap<>();
    private final Map<Long, ProfileResult> results = new HashMap<>();
    int getCalls;

    FakeAssessments() {
        add(assessment(AMY_COMPLETED, FakeSchool.AMY, AssessmentStatus.COMPLETED), new ProfileResult(List.of(
                new StrandResult(Strand.BEING, 2, 1, 1, 0, List.of("being-02")),
                new StrandResult(Strand.DOING, 1, 0, 0, 1, List.of("doing-01")),
                new StrandResult(Strand.THINKING, 0, 0, 0, 0, List.of())),
                Optional.of(Strand.BEING), Strand.POWER_AND_IDENTITY));
        add(assessment(AMY_DRAFT, FakeSchool.AMY, AssessmentStatus.DRAFT),
                new ProfileResult(List.of(), Optional.empty(), Strand.POWER_AND_IDENTITY));
        add(assessment(BEN_COMPLETED, FakeSchool.BEN, AssessmentStatus.COMPLETED), new ProfileResult(List.of(
                new StrandResult(Strand.BEING, 2, 2, 0, 0, List.of())), Optional.empty(), Strand.POWER_AND_IDENTITY));
    }

    private void add(Assessment a, ProfileResult r) {
        assessments.put(a.id(), a);
        results.put(a.id(), r);
    }

    private static Assessment assessment(long id, String pupilId, AssessmentStatus status) {
        Instant at = Instant.parse("2025-03-03T10:00:00Z");
        return new Assessment(id, pupilId, ProfileKind.BASELINE, "", status, LocalDate.of(2025, 3, 3), "test-pack",
                "1.0.0", Map.of(), "S-PRA", "Pat Practitioner", at, "Pat Practitioner",
                status == AssessmentStatus.COMPLETED ? Optional.of(at) : Optional.empty(), 1);
    }

    @Override
    public Assessment get(Actor actor, long assessmentId) {
        getCalls++;
        Assessment a = assessments.get(assessmentId);
        if (a == null) {
            throw new NotFoundException("No assessment with id " + assessmentId);
        }
        return a;
    }

    @Override
    public ProfileResult result(Assessment assessment) {
        return results.get(assessment.id());
    }

    @Override
    public ContentPack current() {
        return PACK;
    }

    @Override
    public List<org.thrivemis.api.Problem> lastRefusal() {
        return List.of();
    }

    @Override
    public Assessment start(Actor actor, String pupilId, ProfileKind kind, String reason, LocalDate assessedOn) {
        throw new UnsupportedOperationException("not used by the plan service");
    }

    @Override
    public Assessment saveLevels(Actor actor, long assessmentId, long expectedVersion, Map<String, Level> levels) {
        throw new UnsupportedOperationException("not used by the plan service");
    }

    @Override
    public Assessment complete(Actor actor, long assessmentId, long expectedVersion) {
        throw new UnsupportedOperationException("not used by the plan service");
    }

    @Override
    public List<Profile> history(Actor actor, String pupilId) {
        throw new UnsupportedOperationException("not used by the plan service");
    }
}
