package org.thrivemis.core.internal.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.api.profile.Level.EMERGING;
import static org.thrivemis.api.profile.Level.NOT_YET;
import static org.thrivemis.api.profile.Level.SECURE;
import static org.thrivemis.core.internal.screening.ScreeningWorld.ADMIN;
import static org.thrivemis.core.internal.screening.ScreeningWorld.AMY;
import static org.thrivemis.core.internal.screening.ScreeningWorld.ASH;
import static org.thrivemis.core.internal.screening.ScreeningWorld.ASH_TEACHER;
import static org.thrivemis.core.internal.screening.ScreeningWorld.BEN;
import static org.thrivemis.core.internal.screening.ScreeningWorld.DEV;
import static org.thrivemis.core.internal.screening.ScreeningWorld.OAK;
import static org.thrivemis.core.internal.screening.ScreeningWorld.OAK_TEACHER;
import static org.thrivemis.core.internal.screening.ScreeningWorld.OFFICE;
import static org.thrivemis.core.internal.screening.ScreeningWorld.PRACTITIONER;
import static org.thrivemis.core.internal.screening.ScreeningWorld.SENIOR_LEAD;
import static org.thrivemis.core.internal.screening.ScreeningWorld.Y3;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.screening.ClassProfile;
import org.thrivemis.api.screening.GridPupil;
import org.thrivemis.api.screening.Mark;
import org.thrivemis.api.screening.PupilScreening;
import org.thrivemis.api.screening.RoundStatus;
import org.thrivemis.api.screening.SaveResult;
import org.thrivemis.api.screening.ScreeningGrid;
import org.thrivemis.api.screening.ScreeningRound;
import org.thrivemis.api.screening.Term;

/** Opening, marking and closing rounds: access by role and class, the consent gate, status and versions. */
class ScreeningServiceImplTest {
    private final ScreeningWorld world = new ScreeningWorld();
    private final ScreeningServiceImpl service = world.service();

    private static List<Mark> all(String pupil, Level... levels) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            marks.add(new Mark(pupil, Y3.get(i), levels[i]));
        }
        return marks;
    }

    @Test
    void theClassTeacherOpensARoundThatSnapshotsTodaysPupilsInNameOrder() {
        ScreeningRound round = service.open(OAK_TEACHER, OAK, Term.SPRING);

        assertEquals(2024, round.academicYear());
        assertEquals("Spring 2024/25", round.title());
        assertEquals(RoundStatus.OPEN, round.status());
        ScreeningGrid grid = service.grid(OAK_TEACHER, round.id());
        // Dev left in February: not in the snapshot
        assertEquals(List.of("Amy Adams", "Ben Brown"), grid.pupils().stream().map(GridPupil::name).toList());
        assertEquals(List.of(Strand.BEING, Strand.THINKING, Strand.SKILLS_AND_STRUCTURE, Strand.SKILLS_AND_STRUCTURE),
                grid.statements().stream().map(s -> s.strand()).toList());
    }

    @Test
    void aSecondRoundForTheSameTermIsRefusedClearly() {
        service.open(OAK_TEACHER, OAK, Term.SPRING);

        ValidationException e = assertThrows(ValidationException.class,
                () -> service.open(SENIOR_LEAD, OAK, Term.SPRING));
        assertEquals("Year 3 Oak already has a screening round for Spring 2024/25 (opened 2025-03-10 by Olive"
                + " Oakley): continue that round, or choose another term", e.problems().get(0).message());
        assertEquals(1, service.rounds(SENIOR_LEAD, OAK).size());
    }

    @Test
    void onlyTheClassTeacherOrASeniorLeadOpensAndEachRefusalIsAudited() {
        for (var actor : List.of(ASH_TEACHER, PRACTITIONER, OFFICE, ADMIN)) {
            String before = world.snapshot();
            assertThrows(AccessDeniedException.class, () -> service.open(actor, OAK, Term.SPRING), actor.displayName());
            assertEquals(before, world.snapshot());
            AuditEntry last = world.audit().get(world.audit().size() - 1);
            assertEquals(AuditOutcome.DENIED, last.outcome());
            assertEquals("screening.write", last.action());
            assertEquals(actor.userId(), last.actorId());
        }
        assertEquals(Term.SUMMER, service.open(SENIOR_LEAD, ASH, Term.SUMMER).term());
    }

    @Test
    void aPractitionerReadsTheGridButCannotMark() {
        ScreeningRound round = service.open(OAK_TEACHER, OAK, Term.SPRING);
        world.giveConsent(AMY);

        assertEquals(2, service.grid(PRACTITIONER, round.id()).pupils().size());
        assertThrows(AccessDeniedException.class, () -> service.saveMarks(PRACTITIONER, round.id(), 1,
                List.of(new Mark(AMY, Y3.get(0), SECURE))));
        assertThrows(AccessDeniedException.class, () -> service.grid(ASH_TEACHER, round.id()));
    }

    @Test
    void aPupilWithoutConsentIsOnTheGridButCannotBeMarked() {
        ScreeningRound round = service.open(OAK_TEACHER, OAK, Term.SPRING);
        world.giveConsent(AMY);
        String before = world.snapshot();

        ValidationException e = assertThrows(ValidationException.class, () -> service.saveMarks(OAK_TEACHER,
                round.id(), 1, List.of(new Mark(AMY, Y3.get(0), SECURE), new Mark(BEN, Y3.get(0), SECURE))));

        assertEquals("Ben Brown has no current parental consent, so cannot be screened: record consent on their"
                + " Thrive tab first", e.problems().get(0).message());
        assertEquals(before, world.snapshot());
        ScreeningGrid grid = service.grid(OAK_TEACHER, round.id());
        assertTrue(grid.pupils().get(0).consent());
        assertFalse(grid.pupils().get(1).consent());
        assertEquals(1, grid.markable());
    }

    @Test
    void marksOutsideTheBandOrForPupilsNotInTheRoundAreRefusedTogether() {
        ScreeningRound round = service.open(OAK_TEACHER, OAK, Term.SPRING);
        world.giveConsent(AMY, DEV);

        ValidationException e = assertThrows(ValidationException.class, () -> service.saveMarks(OAK_TEACHER,
                round.id(), 1, List.of(new Mark(AMY, "s9-power", SECURE), new Mark(DEV, Y3.get(0), SECURE))));

        assertEquals(List.of("statementId", "pupilId"), e.problems().stream().map(p -> p.field()).toList());
        assertEquals(List.of(), world.marks(round.id()));
    }

    @Test
    void savesMoveTheVersionOnAndAnAutosaveResumesWhereItStopped() {
        ScreeningRound round = service.open(OAK_TEACHER, OAK, Term.SPRING);
        world.giveConsent(AMY, BEN);

        SaveResult first = service.saveMarks(OAK_TEACHER, round.id(), 1, List.of(new Mark(AMY, Y3.get(0), SECURE)));
        SaveResult second = service.saveMarks(OAK_TEACHER, round.id(), first.version(),
                List.of(new Mark(AMY, Y3.get(1), EMERGING)));

        assertEquals(2, first.version());
        assertEquals(3, second.version());
        assertEquals(List.of(), second.changedByOthers());
        GridPupil amy = service.grid(OAK_TEACHER, round.id()).pupils().get(0);
        assertEquals(SECURE, amy.marks().get(Y3.get(0)));
        assertEquals(EMERGING, amy.marks().get(Y3.get(1)));
        assertEquals(1, world.audit().stream().filter(a -> a.action().equals("screening.write")
                && a.pupilId().equals(AMY) && a.detail().contains("version 3")).count());
    }

    @Test
    void twoTeachersSavingDifferentCellsBothKeepTheirsAndSeeEachOthers() {
        ScreeningRound round = service.open(OAK_TEACHER, OAK, Term.SPRING);
        world.giveConsent(AMY, BEN);
        world.saveAsOther(round.id(), new Mark(BEN, Y3.get(0), NOT_YET), "Sam Senior");

        SaveResult mine = service.saveMarks(OAK_TEACHER, round.id(), 1, List.of(new Mark(AMY, Y3.get(0), SECURE)));

        assertEquals(List.of(new Mark(BEN, Y3.get(0), NOT_YET)), mine.changedByOthers());
        assertEquals(2, world.marks(round.id()).size());
    }

    @Test
    void savingACellSomeoneElseChangedSinceIsAConflictThatOverwritesNothing() {
        ScreeningRound round = service.open(OAK_TEACHER, OAK, Term.SPRING);
        world.giveConsent(AMY, BEN);
        world.saveAsOther(round.id(), new Mark(AMY, Y3.get(0), NOT_YET), "Sam Senior");
        String before = world.snapshot();

        ConflictException e = assertThrows(ConflictException.class, () -> service.saveMarks(OAK_TEACHER, round.id(),
                1, List.of(new Mark(AMY, Y3.get(0), SECURE), new Mark(BEN, Y3.get(1), SECURE))));

        assertEquals(List.of("Amy Adams, 'Feels safe': Sam Senior saved Not yet, you chose Secure"), e.changes());
        assertEquals("Sam Senior", e.changedBy());
        assertEquals(before, world.snapshot());
    }

    @Test
    void closingNeedsEveryPupilWithConsentFullyMarked() {
        ScreeningRound round = service.open(OAK_TEACHER, OAK, Term.SPRING);
        world.giveConsent(AMY, BEN);
        long v = service.saveMarks(OAK_TEACHER, round.id(), 1, all(AMY, SECURE, SECURE, SECURE, SECURE)).version();
        long w = service.saveMarks(OAK_TEACHER, round.id(), v, List.of(new Mark(BEN, Y3.get(0), SECURE))).version();

        ValidationException e = assertThrows(ValidationException.class, () -> service.close(OAK_TEACHER, round.id(), w));

        assertEquals("Ben Brown has 3 statement(s) not marked: mark every statement for every pupil with consent",
                e.problems().get(0).message());
        assertEquals(RoundStatus.OPEN, service.rounds(OAK_TEACHER, OAK).get(0).status());
        assertEquals(List.of(), world.assessments());
    }

    @Test
    void closingWritesAGroupProfilePerScreenedPupilAndGivesTheClassProfile() {
        ScreeningRound round = service.open(OAK_TEACHER, OAK, Term.SPRING);
        world.giveConsent(AMY);
        long v = service.saveMarks(OAK_TEACHER, round.id(), 1, all(AMY, NOT_YET, SECURE, EMERGING, SECURE)).version();

        assertThrows(ConflictException.class, () -> service.close(OAK_TEACHER, round.id(), v - 1));
        ClassProfile profile = service.close(OAK_TEACHER, round.id(), v);

        assertEquals(RoundStatus.CLOSED, profile.round().status());
        PupilScreening amy = profile.pupils().get(0);
        assertEquals("Being group", amy.allocation().orElseThrow().label());
        assertTrue(amy.flagged());
        assertFalse(profile.pupils().get(1).screened(), "Ben had no consent");
        assertEquals(List.of(Strand.BEING, Strand.THINKING, Strand.SKILLS_AND_STRUCTURE), profile.strands());
        assertEquals(0, profile.percentSecure(Strand.BEING).orElseThrow());
        assertEquals(50, profile.percentSecure(Strand.SKILLS_AND_STRUCTURE).orElseThrow());
        Assessment group = world.assessments().get(0);
        assertEquals(ProfileKind.GROUP, group.kind());
        assertEquals(AssessmentStatus.COMPLETED, group.status());
        assertEquals(AMY, group.pupilId());
        assertEquals(4, group.levels().size());
        assertEquals(1, world.assessments().size());
        assertEquals(profile.pupils(), service.profile(PRACTITIONER, round.id()).pupils());
        assertThrows(ValidationException.class, () -> service.saveMarks(OAK_TEACHER, round.id(), v + 1,
                List.of(new Mark(AMY, Y3.get(0), SECURE))));
        assertThrows(ValidationException.class, () -> service.close(OAK_TEACHER, round.id(), v + 1));
    }

    @Test
    void consentWithdrawnBeforeClosingLeavesThePupilUnscreenedAndTheClosedProfileKeepsThat() {
        ScreeningRound round = service.open(OAK_TEACHER, OAK, Term.SPRING);
        world.giveConsent(AMY, BEN);
        long v = service.saveMarks(OAK_TEACHER, round.id(), 1, all(AMY, SECURE, SECURE, SECURE, SECURE)).version();
        long w = service.saveMarks(OAK_TEACHER, round.id(), v, all(BEN, SECURE, SECURE, SECURE, SECURE)).version();
        world.withdrawConsent(BEN);

        ClassProfile closed = service.close(OAK_TEACHER, round.id(), w);
        world.giveConsent(BEN); // consent given again later does not change a closed round

        assertEquals(List.of(true, false), closed.pupils().stream().map(PupilScreening::screened).toList());
        assertEquals(List.of(AMY), world.assessments().stream().map(Assessment::pupilId).toList());
        assertEquals(List.of(true, false), service.profile(SENIOR_LEAD, round.id()).pupils().stream()
                .map(PupilScreening::screened).toList());
    }

    @Test
    void theYearComparesClosedRoundsInTermOrderAndTheProfileWaitsForClosing() {
        world.giveConsent(AMY);
        ScreeningRound spring = service.open(OAK_TEACHER, OAK, Term.SPRING);
        ScreeningRound autumn = service.open(OAK_TEACHER, OAK, Term.AUTUMN);
        ScreeningRound summer = service.open(OAK_TEACHER, OAK, Term.SUMMER);
        for (ScreeningRound r : List.of(spring, autumn)) {
            long v = service.saveMarks(OAK_TEACHER, r.id(), 1, all(AMY, SECURE, SECURE, SECURE, SECURE)).version();
            service.close(OAK_TEACHER, r.id(), v);
        }

        assertThrows(ValidationException.class, () -> service.profile(OAK_TEACHER, summer.id()));
        assertEquals(List.of(Term.AUTUMN, Term.SPRING), service.year(SENIOR_LEAD, OAK, 2024).stream()
                .map(p -> p.round().term()).toList());
        assertEquals(List.of(), service.year(SENIOR_LEAD, OAK, 2023));
        assertThrows(AccessDeniedException.class, () -> service.year(ASH_TEACHER, OAK, 2024));
    }

    @Test
    void everyGridReadIsAuditedPerPupil() {
        ScreeningRound round = service.open(OAK_TEACHER, OAK, Term.SPRING);
        int before = world.audit().size();

        service.grid(PRACTITIONER, round.id());

        List<AuditEntry> added = world.audit().subList(before, world.audit().size());
        assertEquals(List.of(AMY, BEN), added.stream().map(AuditEntry::pupilId).toList());
        assertTrue(added.stream().allMatch(a -> a.action().equals("screening.read")
                && a.outcome() == AuditOutcome.ALLOWED && a.actorId().equals("S-PRA")));
    }
}
