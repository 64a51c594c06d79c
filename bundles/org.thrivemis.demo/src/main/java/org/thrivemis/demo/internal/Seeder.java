package org.thrivemis.demo.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.thrivemis.api.Actor;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanDraft;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.PlanSuggestions;
import org.thrivemis.api.plan.Progress;
import org.thrivemis.api.plan.ReviewInput;
import org.thrivemis.api.plan.Target;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.screening.GridPupil;
import org.thrivemis.api.screening.Mark;
import org.thrivemis.api.screening.SaveResult;
import org.thrivemis.api.screening.ScreeningGrid;
import org.thrivemis.api.screening.ScreeningRound;
import org.thrivemis.api.screening.Term;
import org.thrivemis.demo.internal.DemoScript.ConsentStep;
import org.thrivemis.demo.internal.DemoScript.PlanStep;
import org.thrivemis.demo.internal.DemoScript.ProfileStep;
import org.thrivemis.demo.internal.DemoScript.ReviewStep;
import org.thrivemis.demo.internal.DemoScript.ScreeningStep;
import org.thrivemis.demo.internal.DemoScript.Tendency;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.SchoolClass;

/**
 * Plays a {@link DemoScript} through the domain services as the demo accounts would: office staff
 * record consent, the practitioner records profiles and plans, each class teacher screens their
 * class. Every write takes the real path (access, consent gate, validation, audit). A step the
 * domain refuses is logged and skipped; the rest goes on.
 */
final class Seeder {
    private static final System.Logger LOG = System.getLogger(Seeder.class.getName());
    private static final int DETAILED_FAILURES = 5;

    private final DemoServices services;
    private final long seed;
    private final LocalDate today;
    private final BooleanSupplier stopped;
    private int failures;

    /**
     * @param today the school's today (the product's Clock), never after the system's
     */
    Seeder(DemoServices services, long seed, LocalDate today, BooleanSupplier stopped) {
        this.services = services;
        this.seed = seed;
        this.today = today;
        this.stopped = stopped;
    }

    /** What was seeded, for the log. */
    record Outcome(boolean seeded, String summary) {
    }

    Outcome run() {
        Actor office = account("office");
        Actor practitioner = account("practitioner");
        // in a trust, the demo accounts' own school: the domain refuses them every other school's pupils
        List<Pupil> onRoll = services.pupils().all().stream().filter(p -> services.sameSchool(office, p)).toList();
        // a system-level question that reads no pupil's data: asking each pupil's consent as the office
        // would put a read nobody made on ~420 pupils' audit trails at every start
        if (services.consents().anyRecorded()) {
            return new Outcome(false, "the Thrive database already holds data (consent is recorded): nothing seeded");
        }
        List<SchoolClass> classes = services.classes().classes().stream()
                .filter(c -> services.sameSchool(office, c)).toList();
        String demoTeacher = account("teacher").userId();
        String oak = services.classes().taughtBy(demoTeacher).stream().map(SchoolClass::id).findFirst().orElse("");
        List<String> screened = screenedClasses(classes, oak);
        List<DemoPupil> pupils = new ArrayList<>();
        for (Pupil p : onRoll) {
            services.classes().classesOf(p.id(), today).stream().findFirst()
                    .ifPresent(c -> pupils.add(new DemoPupil(p.id(), p.familyName(), p.dateOfBirth(), c.id())));
        }
        ContentPack pack = services.packs().current();
        DemoScript script = new DemoPlanner(seed, termStart(classes), today, pack).plan(pupils, screened, oak);

        int given = 0;
        int refused = 0;
        for (ConsentStep step : script.consents()) {
            if (stopped.getAsBoolean()) {
                return stoppedEarly();
            }
            if (attempt("consent of pupil " + step.pupilId(),
                    () -> services.consents().record(office, step.pupilId(), step.request())) != null) {
                if (step.request().decision() == ConsentDecision.GIVEN) {
                    given++;
                } else {
                    refused++;
                }
            }
        }
        Map<String, List<Assessment>> completed = new HashMap<>();
        int behaviour = 0;
        for (ProfileStep step : script.profiles()) {
            if (stopped.getAsBoolean()) {
                return stoppedEarly();
            }
            Assessment done = attempt(step.kind().label().toLowerCase() + " of pupil " + step.pupilId(), () -> {
                Assessment a = services.assessments().start(practitioner, step.pupilId(), step.kind(), step.reason(),
                        step.assessedOn());
                a = services.assessments().saveLevels(practitioner, a.id(), a.version(), step.levels());
                return services.assessments().complete(practitioner, a.id(), a.version());
            });
            if (done != null) {
                completed.computeIfAbsent(step.pupilId(), k -> new ArrayList<>()).add(done);
                behaviour += step.kind() == ProfileKind.BEHAVIOUR ? 1 : 0;
            }
        }
        List<ActionPlan> plans = new ArrayList<>();
        int reprofiles = 0;
        for (PlanStep step : script.plans()) {
            if (stopped.getAsBoolean()) {
                return stoppedEarly();
            }
            Optional<Assessment> from = completed.getOrDefault(step.pupilId(), List.of()).stream()
                    .filter(a -> !a.assessedOn().isAfter(step.start())).max(Comparator.comparing(Assessment::assessedOn));
            if (from.isEmpty()) {
                continue; // its profile was refused above, already logged
            }
            ActionPlan plan = attempt("action plan of pupil " + step.pupilId(), () -> plan(practitioner, pack, step, from.get()));
            if (plan != null) {
                plans.add(plan);
                reprofiles += plan.reviews().stream().filter(r -> r.newAssessmentId().isPresent()).count();
            }
        }
        List<String> rounds = new ArrayList<>();
        for (ScreeningStep step : script.screenings()) {
            if (stopped.getAsBoolean()) {
                return stoppedEarly();
            }
            String name = services.classes().schoolClass(step.classId()).map(SchoolClass::name).orElse(step.classId());
            if (attempt("screening of " + name, () -> screen(pack, step)) != null) {
                rounds.add(name);
            }
        }
        long reviewed = plans.stream().filter(p -> !p.reviews().isEmpty()).count();
        long overdue = plans.stream().filter(p -> p.status() == PlanStatus.ACTIVE && p.reviewDate().isBefore(today))
                .count();
        int profiles = completed.values().stream().mapToInt(List::size).sum() + reprofiles;
        return new Outcome(true, "consent for " + given + " pupils (" + refused + " refused, "
                + (onRoll.size() - given - refused) + " forms not returned), " + profiles + " completed profiles ("
                + behaviour + " behaviour, " + reprofiles + " re-profiles at a review), " + plans.size()
                + " action plans (" + reviewed + " reviewed, " + overdue + " with the review overdue), "
                + rounds.size() + " closed screening rounds (" + String.join(", ", rounds) + ")"
                + (failures == 0 ? "" : "; " + failures + " steps refused (see the warnings above)"));
    }

    private ActionPlan plan(Actor practitioner, ContentPack pack, PlanStep step, Assessment from) {
        PlanSuggestions suggestions = services.plans().suggestions(practitioner, step.pupilId(), from.id());
        List<Target> targets = suggestions.targets().subList(0, Math.min(step.targets(), suggestions.targets().size()));
        Set<Strand> strands = targets.stream().map(Target::strand).collect(Collectors.toSet());
        List<PlanActivity> activities = new ArrayList<>();
        Map<String, Strand> strandOf = new HashMap<>();
        pack.strands().forEach(sc -> sc.activities().forEach(a -> strandOf.put(a.id(), a.strand())));
        activities.addAll(pick(suggestions.activities(), ActivitySetting.SCHOOL, strands, strandOf, 2));
        activities.addAll(pick(suggestions.activities(), ActivitySetting.HOME, strands, strandOf, 1));
        ActionPlan plan = services.plans().create(practitioner, step.pupilId(), from.id(),
                new PlanDraft(targets, activities, step.notes(), step.start(), step.reviewDate()));
        plan = services.plans().activate(practitioner, plan.id(), plan.version());
        if (step.review().isEmpty()) {
            return plan;
        }
        ReviewStep review = step.review().get();
        Map<Integer, Progress> progress = new LinkedHashMap<>();
        for (int i = 0; i < plan.targets().size(); i++) {
            progress.put(i, review.progressOf(i));
        }
        plan = services.plans().review(practitioner, plan.id(), plan.version(),
                new ReviewInput(review.reviewedOn(), progress, review.notes(), Optional.of(ProfileKind.BASELINE)));
        Optional<Long> reprofile = plan.reviews().get(plan.reviews().size() - 1).newAssessmentId();
        if (reprofile.isPresent()) {
            Assessment a = services.assessments().get(practitioner, reprofile.get());
            a = services.assessments().saveLevels(practitioner, a.id(), a.version(), review.reprofile());
            services.assessments().complete(practitioner, a.id(), a.version());
        }
        return switch (review.after()) {
            case STAY_REVIEWED -> plan;
            case CONTINUE -> services.plans().continuePlan(practitioner, plan.id(), plan.version(), Optional.empty());
            case CLOSE -> services.plans().close(practitioner, plan.id(), plan.version());
        };
    }

    /** Up to {@code count} suggested activities of the setting, those for the targets' strands first. */
    private static List<PlanActivity> pick(List<PlanActivity> all, ActivitySetting setting, Set<Strand> strands,
            Map<String, Strand> strandOf, int count) {
        List<PlanActivity> ofSetting = all.stream().filter(a -> a.setting() == setting).toList();
        List<PlanActivity> matching = ofSetting.stream()
                .filter(a -> a.activityId().map(strandOf::get).map(strands::contains).orElse(false)).toList();
        List<PlanActivity> from = matching.isEmpty() ? ofSetting : matching;
        return from.subList(0, Math.min(count, from.size()));
    }

    private ScreeningRound screen(ContentPack pack, ScreeningStep step) {
        SchoolClass schoolClass = services.classes().schoolClass(step.classId()).orElseThrow();
        Actor teacher = schoolClass.teacherIds().stream().map(services::staffMember).flatMap(Optional::stream)
                .findFirst().orElseThrow(() -> new IllegalStateException(schoolClass.name() + " has no teacher"));
        ScreeningRound round = services.screening().open(teacher, step.classId(), Term.of(today));
        ScreeningGrid grid = services.screening().grid(teacher, round.id());
        List<Mark> marks = new ArrayList<>();
        for (GridPupil p : grid.pupils()) {
            if (!p.consent()) {
                continue;
            }
            Random r = new Random(seed * 31 + ("marks/" + p.pupilId()).hashCode());
            Tendency tendency = step.pupils().get(p.pupilId());
            for (String statement : p.statementIds()) {
                Optional<Strand> strand = pack.statement(statement).map(Statement::strand);
                if (tendency == null || strand.isEmpty()) {
                    marks.add(new Mark(p.pupilId(), statement, Level.SECURE)); // joined since the plan was made
                    continue;
                }
                marks.add(new Mark(p.pupilId(), statement,
                        ProfileLevels.screening(strand.get(), tendency.expected(), tendency.interrupted(), r)));
            }
        }
        SaveResult saved = services.screening().saveMarks(teacher, round.id(), grid.round().version(), marks);
        services.screening().close(teacher, round.id(), saved.version());
        return round;
    }

    /**
     * The demo teacher's class and two more spread over the school (a younger and an older year
     * group), in the host's display order.
     */
    static List<String> screenedClasses(List<SchoolClass> classes, String demoClass) {
        List<String> chosen = new ArrayList<>();
        int n = classes.size();
        for (int i = 0; i < n; i++) {
            String id = classes.get(i).id();
            if (id.equals(demoClass) || (n >= 3 && (i == n / 7 || i == n * 5 / 7))) {
                chosen.add(id);
            }
        }
        return chosen;
    }

    /** The first day of this school year's autumn term, as the host's enrollments say. */
    private LocalDate termStart(List<SchoolClass> classes) {
        int year = Term.academicYearOf(today);
        LocalDate september = MonthDay.of(9, 1).atYear(year);
        LocalDate earliest = today;
        for (SchoolClass c : classes) {
            for (Enrollment e : services.classes().enrollments(c.id())) {
                if (e.start().isBefore(earliest)) {
                    earliest = e.start();
                }
            }
        }
        return earliest.isBefore(september) ? september : earliest;
    }

    private Actor account(String username) {
        return services.account(username).orElseThrow(() -> new IllegalStateException("the host has no demo account '"
                + username + "', so the demo data cannot be recorded as that member of staff"));
    }

    private <T> T attempt(String what, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            failures++;
            if (failures <= DETAILED_FAILURES) {
                LOG.log(System.Logger.Level.WARNING, "Thrive demo data: the domain refused the " + what + ", skipped: " + e);
            }
            return null;
        }
    }

    private Outcome stoppedEarly() {
        return new Outcome(false, "stopped before finishing (the product is shutting down); what was recorded stays");
    }
}
