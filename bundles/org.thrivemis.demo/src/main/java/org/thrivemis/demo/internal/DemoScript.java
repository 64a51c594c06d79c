package org.thrivemis.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.Progress;
import org.thrivemis.api.plan.RelationalFunction;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;

/**
 * What the demo will do to the sample school, decided in advance from the seed and "today" alone
 * (no service is called to make it), so the same seed always gives the same school. The
 * {@link Seeder} then plays it through the domain services.
 */
record DemoScript(List<ConsentStep> consents, List<ProfileStep> profiles, List<PlanStep> plans,
        List<ScreeningStep> screenings) {
    DemoScript {
        consents = List.copyOf(consents);
        profiles = List.copyOf(profiles);
        plans = List.copyOf(plans);
        screenings = List.copyOf(screenings);
    }

    /** Office staff record a parent's returned form. */
    record ConsentStep(String pupilId, ConsentRequest request) {
    }

    /** The practitioner records a completed individual profile. */
    record ProfileStep(String pupilId, ProfileKind kind, String reason, LocalDate assessedOn, Map<String, Level> levels) {
        ProfileStep {
            levels = Map.copyOf(levels);
        }
    }

    /**
     * The practitioner makes an action plan from the pupil's latest completed profile (as dated on
     * or before {@code start}) and activates it.
     *
     * @param targets how many of the suggested targets to take (the earliest gaps first)
     * @param reviewDate empty for the default (8 weeks after the start)
     * @param review a review already held, if any
     */
    record PlanStep(String pupilId, LocalDate start, int targets, Optional<LocalDate> reviewDate,
            Map<RelationalFunction, String> notes, Optional<ReviewStep> review) {
        PlanStep {
            notes = Map.copyOf(notes);
        }
    }

    /** What happens to a plan after its review. */
    enum AfterReview {
        /** Left reviewed: the practitioner has not decided yet. */
        STAY_REVIEWED,
        /** Another cycle, reviewed again 8 weeks from the review. */
        CONTINUE,
        /** Targets met: closed. */
        CLOSE
    }

    /**
     * A review of the plan: progress per target (the last value repeats for further targets), a
     * re-profile started at the review and completed with {@code reprofile}'s levels.
     */
    record ReviewStep(LocalDate reviewedOn, List<Progress> progress, String notes, Map<String, Level> reprofile,
            AfterReview after) {
        ReviewStep {
            progress = List.copyOf(progress);
            reprofile = Map.copyOf(reprofile);
        }

        Progress progressOf(int target) {
            return progress.get(Math.min(target, progress.size() - 1));
        }
    }

    /**
     * The class teacher screens the class in this term's round and closes it.
     *
     * @param pupils per pupil, how they are marked
     */
    record ScreeningStep(String classId, Map<String, Tendency> pupils) {
        ScreeningStep {
            pupils = Map.copyOf(pupils);
        }
    }

    /**
     * Where a child is: their age-expected strand today and, for a child working below it, the
     * earlier strand with gaps.
     */
    record Tendency(Strand expected, Optional<Strand> interrupted) {
    }
}
