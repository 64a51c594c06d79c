package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.core.internal.FakeSchool.AMY;
import static org.thrivemis.core.internal.FakeSchool.PRACTITIONER;
import static org.thrivemis.core.internal.FakeSchool.TODAY;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanReview;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.Progress;
import org.thrivemis.api.plan.ReviewInput;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.ProfileKind;

/**
 * A review may start a new individual profile: a draft linked to the review, made in the same
 * transaction as the review, under the same checks as any profile start (consent for individual
 * profiles, audited either way).
 */
class PlanReviewStartsAssessmentTest {
    private final PlanWorld world = new PlanWorld();

    private static ReviewInput review(Optional<ProfileKind> kind) {
        return new ReviewInput(TODAY, Map.of(0, Progress.SOME), "Still unsettled after lunch", kind);
    }

    @Test
    void aReviewStartsADraftProfileLinkedToTheReview() {
        ActionPlan active = world.amysActivePlan();

        ActionPlan reviewed = world.service.review(PRACTITIONER, active.id(), active.version(),
                review(Optional.of(ProfileKind.BEHAVIOUR)));

        PlanReview r = reviewed.reviews().get(0);
        Assessment started = world.store.assessments().get(0);
        assertEquals(Optional.of(started.id()), r.newAssessmentId());
        assertTrue(r.newAssessmentRequested());
        assertEquals(AMY, started.pupilId());
        assertEquals(ProfileKind.BEHAVIOUR, started.kind());
        assertEquals(AssessmentStatus.DRAFT, started.status());
        assertEquals(TODAY, started.assessedOn());
        assertEquals("Started at the review on 2025-03-10 of action plan " + active.id(), started.reason());
        List<String> audit = world.store.audit().stream().map(e -> e.action() + " " + e.detail()).toList();
        assertTrue(audit.contains("profile.write assessment " + started.id() + ": started behaviour profile dated"
                + " 2025-03-10 at the review of plan " + active.id()), audit.toString());
        assertTrue(audit.contains("plan.write plan " + active.id() + " reviewed on 2025-03-10; new assessment requested"
                + " (assessment " + started.id() + ")"), audit.toString());
    }

    @Test
    void aReviewWithoutANewProfileStartsNone() {
        ActionPlan active = world.amysActivePlan();

        ActionPlan reviewed = world.service.review(PRACTITIONER, active.id(), active.version(), review(Optional.empty()));

        assertEquals(Optional.empty(), reviewed.reviews().get(0).newAssessmentId());
        assertTrue(world.store.assessments().isEmpty());
    }

    @Test
    void withoutConsentForProfilesTheReviewIsRefusedWholeAndTheRefusalAudited() {
        ActionPlan active = world.amysActivePlan();
        world.consent.setIndividual(AMY, ConsentState.WITHDRAWN);
        int auditBefore = world.store.audit().size();

        assertThrows(ConsentRequiredException.class, () -> world.service.review(PRACTITIONER, active.id(),
                active.version(), review(Optional.of(ProfileKind.BASELINE))));

        ActionPlan after = world.store.plans().get(0);
        assertEquals(PlanStatus.ACTIVE, after.status());
        assertTrue(after.reviews().isEmpty());
        assertTrue(world.store.assessments().isEmpty());
        List<AuditEntry> added = world.store.audit().subList(auditBefore, world.store.audit().size());
        assertEquals(1, added.size(), added.toString());
        assertEquals(AuditOutcome.DENIED, added.get(0).outcome());
        assertEquals("profile.write", added.get(0).action());
    }

    @Test
    void aGroupProfileCannotBeStartedFromAReview() {
        ActionPlan active = world.amysActivePlan();

        ValidationException e = assertThrows(ValidationException.class, () -> world.service.review(PRACTITIONER,
                active.id(), active.version(), review(Optional.of(ProfileKind.GROUP))));

        assertEquals("newAssessment", e.problems().get(0).field());
        assertTrue(world.store.plans().get(0).reviews().isEmpty());
        assertTrue(world.store.assessments().isEmpty());
    }
}
