package org.thrivemis.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentService;
import org.thrivemis.api.profile.AssessmentService;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.Profile;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.api.screening.ClassProfile;
import org.thrivemis.api.screening.GridPupil;
import org.thrivemis.api.screening.Mark;
import org.thrivemis.api.screening.RoundStatus;
import org.thrivemis.api.screening.ScreeningGrid;
import org.thrivemis.api.screening.ScreeningRound;
import org.thrivemis.api.screening.ScreeningService;
import org.thrivemis.api.screening.Term;
import org.thrivemis.it.support.FelixProduct;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.Settings;

/**
 * Whole-group screening through the real services in a real Felix with the sample school: the
 * demo teacher opens a round for Year 3 Oak, marks every pupil with consent, closes it, and each
 * screened pupil's GROUP profile is in their profile history, with the strands screened.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ScreeningIT {
    private static final String OAK = "year-3-oak";
    private static final Actor TEACHER = new Actor("S002", "James Whitaker", Set.of(ThriveRole.TEACHER));
    private static final Actor OFFICE = new Actor("it-office", "Integration test (office)", Set.of(ThriveRole.OFFICE));

    @Inject
    private ScreeningService screening;
    @Inject
    private ConsentService consent;
    @Inject
    private AssessmentService assessments;

    @Configuration
    public Option[] configuration() {
        return new Option[] {FelixProduct.options(Ports.free(),
                Settings.workDir("screening-it-data-" + System.nanoTime()).toString())};
    }

    @Test
    public void aTeacherOpensMarksAndClosesARoundAndGroupProfilesAppear() {
        ScreeningRound round = screening.open(TEACHER, OAK, Term.of(LocalDate.now()));
        ScreeningGrid grid = screening.grid(TEACHER, round.id());
        assertTrue("a class of about 30: " + grid.pupils().size(), grid.pupils().size() >= 25);
        assertEquals("nobody has consent yet", 0, grid.markable());
        try {
            screening.open(TEACHER, OAK, round.term());
            fail("a second round for the same term must be refused");
        } catch (ValidationException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("already has a screening round"));
        }

        List<GridPupil> pupils = grid.pupils();
        // every pupil but the last gets consent; the last stays "no consent"
        for (GridPupil p : pupils.subList(0, pupils.size() - 1)) {
            consent.record(OFFICE, p.pupilId(), new ConsentRequest(ConsentDecision.GIVEN,
                    Set.of(ConsentScope.INDIVIDUAL_ASSESSMENT), "Pat Parent", Relationship.PARENT, LocalDate.now(), ""));
        }
        grid = screening.grid(TEACHER, round.id());
        assertEquals(pupils.size() - 1, grid.markable());
        assertFalse(grid.pupils().get(pupils.size() - 1).consent());

        long version = round.version();
        for (int i = 0; i < pupils.size() - 1; i++) {
            GridPupil p = grid.pupils().get(i);
            List<Mark> marks = new ArrayList<>();
            for (int s = 0; s < p.statementIds().size(); s++) {
                Level level = i % 5 == 0 && s == 0 ? Level.NOT_YET : Level.SECURE;
                marks.add(new Mark(p.pupilId(), p.statementIds().get(s), level));
            }
            version = screening.saveMarks(TEACHER, round.id(), version, marks).version();
        }
        ClassProfile profile = screening.close(TEACHER, round.id(), version);

        assertEquals(RoundStatus.CLOSED, profile.round().status());
        assertEquals(pupils.size() - 1, profile.pupils().stream().filter(p -> p.screened()).count());
        assertEquals("pupils 0, 5, 10, … have 'not yet' in Being", (pupils.size() - 2) / 5 + 1, profile.flagged().size());
        assertEquals("Being group", profile.pupils().get(0).allocation().orElseThrow().label());
        assertEquals("Whole-class provision", profile.pupils().get(1).allocation().orElseThrow().label());

        Actor practitioner = new Actor("it-pra", "Integration test (practitioner)", Set.of(ThriveRole.PRACTITIONER));
        List<Profile> history = assessments.history(practitioner, pupils.get(0).pupilId());
        Profile group = history.stream().filter(p -> p.assessment().kind() == ProfileKind.GROUP).findFirst()
                .orElseThrow(() -> new AssertionError("no group profile in " + history));
        assertTrue(group.assessment().reason(), group.assessment().reason().contains("Year 3 Oak"));
        assertEquals(1, group.result().strand(org.thrivemis.api.content.Strand.BEING).notYet());
        assertTrue(assessments.history(practitioner, pupils.get(pupils.size() - 1).pupilId()).stream()
                .noneMatch(p -> p.assessment().kind() == ProfileKind.GROUP));
        assertEquals(List.of(round.term()), screening.year(TEACHER, OAK, round.academicYear()).stream()
                .map(p -> p.round().term()).toList());
    }
}
