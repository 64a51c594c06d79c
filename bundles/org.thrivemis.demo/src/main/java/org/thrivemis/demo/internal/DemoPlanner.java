package org.thrivemis.demo.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.Progress;
import org.thrivemis.api.plan.RelationalFunction;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.demo.internal.DemoScript.AfterReview;
import org.thrivemis.demo.internal.DemoScript.ConsentStep;
import org.thrivemis.demo.internal.DemoScript.PlanStep;
import org.thrivemis.demo.internal.DemoScript.ProfileStep;
import org.thrivemis.demo.internal.DemoScript.ReviewStep;
import org.thrivemis.demo.internal.DemoScript.ScreeningStep;
import org.thrivemis.demo.internal.DemoScript.Tendency;

/**
 * Decides what a school a few weeks into its Thrive year looks like, from the seed, the first day
 * of the autumn term and today: most parents have returned a signed consent form (a few refused,
 * a few forms are still out), a practitioner has baseline-profiled a good share of the pupils early
 * in the term (more in the demo teacher's class), a few are working below their age and have an
 * action plan, some after a behaviour profile, a few plans have been reviewed with a re-profile,
 * some reviews are overdue, and a few classes have closed this term's whole-group screening.
 * Each pupil draws from a random stream of their own (seed and pupil id), so one pupil's data does
 * not change when another's does. Every date lies between a fortnight before the term and today.
 */
final class DemoPlanner {
    private static final int NOT_RETURNED_PERCENT = 7;
    private static final int REFUSED_PERCENT = 3;
    private static final int REVIEWED_PLANS = 3;

    private final long seed;
    private final LocalDate termStart;
    private final LocalDate today;
    private final ContentPack pack;

    DemoPlanner(long seed, LocalDate termStart, LocalDate today, ContentPack pack) {
        this.seed = seed;
        this.termStart = Objects.requireNonNull(termStart, "termStart");
        this.today = Objects.requireNonNull(today, "today");
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    /**
     * @param pupils the pupils on roll today
     * @param screenedClasses the classes whose teachers screen this term
     * @param demoClass the demo teacher's class: more profiles there, so their class page shows them
     */
    DemoScript plan(List<DemoPupil> pupils, List<String> screenedClasses, String demoClass) {
        List<DemoPupil> sorted = pupils.stream().sorted(Comparator.comparing(DemoPupil::id)).toList();
        Map<String, ConsentDecision> decisions = decisions(sorted, Set.copyOf(screenedClasses));
        List<ConsentStep> consents = new ArrayList<>();
        List<ProfileStep> profiles = new ArrayList<>();
        List<PlanStep> plans = new ArrayList<>();
        Map<String, Strand> interruptions = new LinkedHashMap<>();
        int reviewed = 0;
        for (DemoPupil p : sorted) {
            Random r = random("pupil", p.id());
            ConsentDecision decision = decisions.get(p.id());
            Optional<ConsentStep> consent = consent(p, decision, r);
            consent.ifPresent(consents::add);
            if (decision != ConsentDecision.GIVEN) {
                continue;
            }
            boolean focus = p.classId().equals(demoClass) || screenedClasses.contains(p.classId());
            if (r.nextInt(100) >= (focus ? 60 : 33)) {
                continue; // no profile yet
            }
            LocalDate firstDate = clamp(termStart.plusDays(7 + r.nextInt(22)));
            Strand expected = pack.ageExpectedStrand(ageMonths(p, firstDate));
            boolean isBelow = expected != Strand.BEING && r.nextInt(100) < (p.classId().equals(demoClass) ? 25 : 15);
            if (!isBelow) {
                profiles.add(new ProfileStep(p.id(), ProfileKind.BASELINE, "", firstDate,
                        ProfileLevels.of(pack, expected, Optional.empty(), r)));
                continue;
            }
            boolean behaviour = r.nextInt(100) < 40;
            // the last reviewed plan is kept for the demo teacher's class
            boolean review = !behaviour && reviewed < REVIEWED_PLANS
                    && (p.classId().equals(demoClass) || reviewed < REVIEWED_PLANS - 1);
            if (review) {
                firstDate = clamp(termStart.plusDays(5 + r.nextInt(4))); // profiled in the first fortnight
            }
            Strand interrupted = Strand.values()[Math.max(0, expected.ordinal() - 1 - (r.nextInt(3) == 0 ? 1 : 0))];
            interruptions.put(p.id(), interrupted);
            Map<String, Level> levels = ProfileLevels.of(pack, expected, Optional.of(interrupted), r);
            profiles.add(new ProfileStep(p.id(), ProfileKind.BASELINE, "", firstDate, levels));
            LocalDate latest = firstDate;
            if (behaviour) {
                latest = clamp(later(firstDate.plusDays(21), termStart.plusDays(30 + r.nextInt(15))));
                profiles.add(new ProfileStep(p.id(), ProfileKind.BEHAVIOUR, Phrases.any(Phrases.BEHAVIOUR_REASONS, r),
                        latest, ProfileLevels.of(pack, pack.ageExpectedStrand(ageMonths(p, latest)),
                                Optional.of(interrupted), r)));
            }
            LocalDate start = clamp(latest.plusDays(3 + r.nextInt(5)));
            int targets = 2 + r.nextInt(2);
            Map<RelationalFunction, String> notes = notes(r);
            if (review && !clamp(start.plusWeeks(6)).isAfter(start)) {
                review = false; // too early in the term for a review to have happened
            }
            if (review) {
                LocalDate due = start.plusWeeks(6);
                LocalDate on = clamp(due);
                AfterReview after = AfterReview.values()[(reviewed + 1) % AfterReview.values().length];
                reviewed++;
                List<Progress> progress = after == AfterReview.CLOSE ? List.of(Progress.ACHIEVED)
                        : List.of(Progress.GOOD, Progress.SOME);
                plans.add(new PlanStep(p.id(), start, targets, Optional.of(due), notes, Optional.of(new ReviewStep(on,
                        progress, Phrases.REVIEW_NOTES.get(after.ordinal()), ProfileLevels.progressed(pack, levels, r),
                        after))));
                continue;
            }
            boolean overdue = r.nextInt(3) == 0;
            LocalDate due = overdue ? start.plusWeeks(6) : later(start.plusWeeks(8), today.plusDays(5 + r.nextInt(21)));
            plans.add(new PlanStep(p.id(), start, targets, Optional.of(due), notes, Optional.empty()));
        }
        List<ScreeningStep> screenings = new ArrayList<>();
        for (String classId : screenedClasses) {
            Map<String, Tendency> tendencies = new LinkedHashMap<>();
            for (DemoPupil p : sorted) {
                if (p.classId().equals(classId)) {
                    Random r = random("screening", p.id());
                    Strand expected = pack.ageExpectedStrand(ageMonths(p, today));
                    // screening finds a few children nobody had profiled yet
                    Optional<Strand> interrupted = Optional.ofNullable(interruptions.get(p.id()))
                            .or(() -> expected != Strand.BEING && r.nextInt(100) < 10
                                    ? Optional.of(Strand.values()[expected.ordinal() - 1]) : Optional.empty());
                    tendencies.put(p.id(), new Tendency(expected, interrupted));
                }
            }
            screenings.add(new ScreeningStep(classId, tendencies));
        }
        return new DemoScript(consents, profiles, plans, screenings);
    }

    /**
     * Given, refused (recorded as withdrawn) or not returned (no record) for each pupil; every
     * screened class has at least one form still out and one refusal, so its grid shows both.
     */
    private Map<String, ConsentDecision> decisions(List<DemoPupil> pupils, Set<String> screened) {
        Map<String, ConsentDecision> decisions = new LinkedHashMap<>();
        for (DemoPupil p : pupils) {
            int roll = random("consent", p.id()).nextInt(100);
            decisions.put(p.id(), roll < REFUSED_PERCENT ? ConsentDecision.WITHDRAWN
                    : roll < REFUSED_PERCENT + NOT_RETURNED_PERCENT ? null : ConsentDecision.GIVEN);
        }
        for (String classId : screened) {
            List<DemoPupil> inClass = pupils.stream().filter(p -> p.classId().equals(classId)).toList();
            if (inClass.size() < 12) {
                continue;
            }
            if (inClass.stream().noneMatch(p -> decisions.get(p.id()) == null)) {
                decisions.put(inClass.get(4).id(), null);
            }
            if (inClass.stream().noneMatch(p -> decisions.get(p.id()) == ConsentDecision.WITHDRAWN)) {
                decisions.put(inClass.get(11).id(), ConsentDecision.WITHDRAWN);
            }
        }
        return decisions;
    }

    private Optional<ConsentStep> consent(DemoPupil p, ConsentDecision decision, Random r) {
        int who = r.nextInt(100);
        String person = Phrases.any(Phrases.PARENT_FORENAMES, r) + " " + p.familyName();
        LocalDate on = clamp(termStart.minusDays(14 - r.nextInt(15)));
        String note = Phrases.any(Phrases.CONSENT_NOTES, r);
        if (decision == null) {
            return Optional.empty();
        }
        Relationship relationship = who < 90 ? Relationship.PARENT : who < 96 ? Relationship.CARER : Relationship.GUARDIAN;
        return Optional.of(new ConsentStep(p.id(), new ConsentRequest(decision,
                Set.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentScope.ACTION_PLAN), person, relationship, on,
                decision == ConsentDecision.GIVEN ? note : Phrases.REFUSAL_NOTE)));
    }

    private static Map<RelationalFunction, String> notes(Random r) {
        Map<RelationalFunction, String> notes = new EnumMap<>(RelationalFunction.class);
        notes.put(RelationalFunction.ATTUNE, Phrases.any(Phrases.ATTUNE, r));
        if (r.nextBoolean()) {
            notes.put(RelationalFunction.VALIDATE, Phrases.any(Phrases.VALIDATE, r));
        }
        if (r.nextBoolean()) {
            notes.put(RelationalFunction.CONTAIN, Phrases.any(Phrases.CONTAIN, r));
        }
        notes.put(RelationalFunction.REGULATE, Phrases.any(Phrases.REGULATE, r));
        return notes;
    }

    private Random random(String purpose, String pupilId) {
        return new Random(seed * 31 + (purpose + "/" + pupilId).hashCode());
    }

    private static int ageMonths(DemoPupil p, LocalDate on) {
        return (int) Period.between(p.born(), on).toTotalMonths();
    }

    /** Nothing is dated after today (the domain refuses future dates). */
    private LocalDate clamp(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
