package org.thrivemis.core.internal.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.core.internal.profile.ProfileWorld.AMY;
import static org.thrivemis.core.internal.profile.ProfileWorld.PRACTITIONER;
import static org.thrivemis.core.internal.profile.ProfileWorld.SENIOR_LEAD;
import static org.thrivemis.core.internal.profile.ProfileWorld.TODAY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.Profile;
import org.thrivemis.api.profile.ProfileKind;

/** A practitioner's round trip: start, save strand by strand, complete; and what stops them. */
class AssessmentServiceImplTest {
    private final ProfileWorld world = new ProfileWorld();
    private final AssessmentServiceImpl service = world.service();

    private Assessment baseline() {
        world.giveConsent(AMY);
        return service.start(PRACTITIONER, AMY, ProfileKind.BASELINE, "", TODAY.minusDays(3));
    }

    private static Map<String, Level> strand(Strand strand, Level level) {
        String prefix = strand.name().toLowerCase();
        return Map.of(prefix + "-1", level, prefix + "-2", level);
    }

    @Test
    void aCompletedBaselineShowsItsGapsAndWorkingStage() {
        Assessment draft = baseline();
        Assessment saved = draft;
        for (Strand s : Strand.values()) {
            saved = service.saveLevels(PRACTITIONER, draft.id(), saved.version(),
                    strand(s, s == Strand.THINKING ? Level.EMERGING : Level.SECURE));
        }

        Assessment done = service.complete(PRACTITIONER, draft.id(), saved.version());

        assertEquals(AssessmentStatus.COMPLETED, done.status());
        assertEquals(Optional.of(ProfileWorld.CLOCK.instant()), done.completedAt());
        List<Profile> history = service.history(SENIOR_LEAD, AMY);
        assertEquals(1, history.size());
        assertEquals(Optional.of(Strand.THINKING), history.get(0).result().workingStage());
        // Amy is 7 years 10 months: Skills and structure is expected, so Thinking is an interruption
        assertEquals(Strand.SKILLS_AND_STRUCTURE, history.get(0).result().ageExpectedStage());
        assertEquals(List.of("thinking-1", "thinking-2"), history.get(0).result().strand(Strand.THINKING).gaps());
        assertEquals("test-pack", done.packId());
        assertEquals(List.of("P-AMY Amy Adams Optional.empty"), world.clearedBaselines);
    }

    @Test
    void onlyACompletedBaselineClearsTheNeedsBaselineFlag() {
        world.giveConsent(AMY);
        Assessment behaviour = service.start(PRACTITIONER, AMY, ProfileKind.BEHAVIOUR, "hits out", TODAY);
        Assessment saved = behaviour;
        for (Strand s : Strand.values()) {
            saved = service.saveLevels(PRACTITIONER, behaviour.id(), saved.version(), strand(s, Level.SECURE));
        }
        service.complete(PRACTITIONER, behaviour.id(), saved.version());
        Assessment draft = baseline();
        service.saveLevels(PRACTITIONER, draft.id(), draft.version(), strand(Strand.BEING, Level.SECURE));

        assertEquals(List.of(), world.clearedBaselines);
    }

    @Test
    void withoutConsentNoProfileStartsAndTheRefusalIsAudited() {
        ConsentRequiredException e = assertThrows(ConsentRequiredException.class,
                () -> service.start(PRACTITIONER, AMY, ProfileKind.BASELINE, "", TODAY));

        assertTrue(e.getMessage().contains("record consent on the pupil's Thrive tab first"), e.getMessage());
        assertEquals(List.of(), world.stored());
        AuditEntry denied = world.audit().get(world.audit().size() - 1);
        assertEquals(AuditOutcome.DENIED, denied.outcome());
        assertEquals("profile.write", denied.action());
        assertEquals("profile not started: no current parental consent", denied.detail());
    }

    @Test
    void consentWithdrawnMidDraftStopsFurtherSavesAndCompletion() {
        Assessment draft = baseline();
        Assessment saved = service.saveLevels(PRACTITIONER, draft.id(), draft.version(), strand(Strand.BEING, Level.SECURE));
        world.withdrawConsent(AMY);

        long version = saved.version();
        assertThrows(ConsentRequiredException.class,
                () -> service.saveLevels(PRACTITIONER, draft.id(), version, strand(Strand.DOING, Level.SECURE)));
        assertThrows(ConsentRequiredException.class, () -> service.complete(PRACTITIONER, draft.id(), version));
        Assessment now = world.stored().get(0);
        assertEquals(strand(Strand.BEING, Level.SECURE), now.levels());
        assertEquals(AssessmentStatus.DRAFT, now.status());
    }

    @Test
    void aStaleSaveIsAConflictNamingWhoSavedAndWhatDiffers() {
        Assessment draft = baseline();
        // both open version 1; the senior lead saves first
        service.saveLevels(SENIOR_LEAD, draft.id(), draft.version(), Map.of("being-1", Level.SECURE, "being-2", Level.NOT_YET));

        ConflictException e = assertThrows(ConflictException.class, () -> service.saveLevels(PRACTITIONER,
                draft.id(), draft.version(), Map.of("being-1", Level.SECURE, "being-2", Level.EMERGING)));

        assertEquals("Sam Senior", e.changedBy());
        assertEquals(2, e.currentVersion());
        assertEquals(List.of("\"Being second\": Sam Senior saved Not yet, you chose Emerging"), e.changes());
        assertEquals(Level.NOT_YET, world.stored().get(0).levels().get("being-2"), "nothing overwritten");
    }

    @Test
    void completingAStaleVersionIsAConflictToo() {
        Assessment draft = baseline();
        service.saveLevels(SENIOR_LEAD, draft.id(), draft.version(), strand(Strand.BEING, Level.SECURE));

        assertThrows(ConflictException.class, () -> service.complete(PRACTITIONER, draft.id(), draft.version()));
    }

    @Test
    void aBehaviourProfileNeedsAReasonAndADateNotInTheFuture() {
        world.giveConsent(AMY);

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.start(PRACTITIONER, AMY, ProfileKind.BEHAVIOUR, "  ", TODAY.plusDays(1)));

        assertEquals(List.of(new Problem("reason", "", "Enter the reason for the referral"),
                new Problem("assessedOn", "2025-03-11", "Date of the profile must be today or in the past")),
                e.problems());
        assertEquals(List.of(), world.stored());
    }

    @Test
    void aGroupProfileIsNotStartedHere() {
        world.giveConsent(AMY);

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.start(PRACTITIONER, AMY, ProfileKind.GROUP, "", TODAY));

        assertEquals("kind", e.problems().get(0).field());
    }

    @Test
    void unknownStatementsAreRefusedByName() {
        Assessment draft = baseline();

        ValidationException e = assertThrows(ValidationException.class, () -> service.saveLevels(PRACTITIONER,
                draft.id(), draft.version(), Map.of("being-1", Level.SECURE, "bieng-9", Level.SECURE, "zz", Level.NOT_YET)));

        assertEquals(List.of(new Problem("levels", "bieng-9, zz", "Unknown statements bieng-9, zz: they are not in"
                + " content pack test-pack 1.0.0; reload the profile and mark the statements it shows")), e.problems());
        assertEquals(Map.of(), world.stored().get(0).levels());
    }

    @Test
    void completingNamesTheStatementsStillUnmarked() {
        Assessment draft = baseline();
        Map<String, Level> almost = new HashMap<>();
        for (Strand s : Strand.values()) {
            almost.putAll(strand(s, Level.SECURE));
        }
        almost.remove("doing-2");
        Assessment saved = service.saveLevels(PRACTITIONER, draft.id(), draft.version(), almost);

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.complete(PRACTITIONER, draft.id(), saved.version()));

        assertEquals(List.of(new Problem("levels", "doing-2", "Choose a level for every statement before completing:"
                + " 1 not marked yet (Doing: Doing second)")), e.problems());
    }

    @Test
    void aCompletedProfileNoLongerChanges() {
        Assessment draft = baseline();
        Map<String, Level> all = new HashMap<>();
        for (Strand s : Strand.values()) {
            all.putAll(strand(s, Level.SECURE));
        }
        Assessment saved = service.saveLevels(PRACTITIONER, draft.id(), draft.version(), all);
        Assessment done = service.complete(PRACTITIONER, draft.id(), saved.version());

        ValidationException e = assertThrows(ValidationException.class, () -> service.saveLevels(PRACTITIONER,
                draft.id(), done.version(), strand(Strand.BEING, Level.NOT_YET)));

        assertEquals("status", e.problems().get(0).field());
    }

    @Test
    void everyReadAndWriteIsAuditedWithThePupil() {
        Assessment draft = baseline();
        service.saveLevels(PRACTITIONER, draft.id(), draft.version(), strand(Strand.BEING, Level.SECURE));
        service.get(PRACTITIONER, draft.id());
        service.history(PRACTITIONER, AMY);

        assertEquals(List.of("profile.write ALLOWED assessment 1: started baseline profile dated 2025-03-07 (pack"
                        + " test-pack 1.0.0)",
                "profile.write ALLOWED assessment 1: saved 2 level(s), version 2",
                "profile.read ALLOWED assessment 1",
                "profile.read ALLOWED profile history"),
                world.audit().stream().map(a -> a.action() + " " + a.outcome() + " " + a.detail()).toList());
        assertTrue(world.audit().stream().allMatch(a -> a.pupilId().equals(AMY) && a.actorId().equals("S-PRA")));
    }
}
