package org.thrivemis.web.internal.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.Problem;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanDraft;
import org.thrivemis.api.plan.RelationalFunction;
import org.thrivemis.api.plan.Target;
import org.thrivemis.web.internal.tab.DateFields;

/**
 * The "Create an action plan" / "Edit the action plan" form as posted: ticked targets and
 * activities, the practitioner's own, relational notes and dates. Kept as typed so a refused form
 * (problems or a conflict) comes back with the user's entries.
 *
 * @param assessmentId the assessment the plan is made from (creating)
 * @param planId the plan edited (editing), empty when creating
 * @param version the version the user opened (editing)
 * @param targets ticked target choices ({@link Choice} values)
 * @param ownTargets the practitioner's own targets: strand name (may be empty) and text, per row
 * @param activities ticked activity choices
 * @param ownSchool own school activities, one per line
 * @param ownHome own home activities, one per line
 * @param notes notes per relational function
 * @param startDate the start date boxes
 * @param reviewDate the review date boxes (all blank: the default)
 */
public record PlanForm(String assessmentId, String planId, String version, List<String> targets,
        List<OwnTarget> ownTargets, List<String> activities, String ownSchool, String ownHome,
        Map<RelationalFunction, String> notes, DateFields startDate, DateFields reviewDate) {

    /** Rows offered for targets the practitioner writes. */
    static final int OWN_TARGET_ROWS = 2;

    /** One row for a target the practitioner writes. */
    public record OwnTarget(String strand, String text) {
    }

    public PlanForm {
        targets = List.copyOf(targets);
        ownTargets = List.copyOf(ownTargets);
        activities = List.copyOf(activities);
        notes = Map.copyOf(notes);
    }

    /** A fresh form for a new plan from the assessment, starting today. */
    static PlanForm fresh(long assessmentId, LocalDate today) {
        return new PlanForm(String.valueOf(assessmentId), "", "", List.of(), blankRows(), List.of(), "", "", Map.of(),
                dateFields(today), DateFields.empty());
    }

    /** The form filled with a plan's content, to edit it. */
    static PlanForm of(ActionPlan plan) {
        Map<RelationalFunction, String> notes = new EnumMap<>(RelationalFunction.class);
        notes.putAll(plan.relationalNotes());
        return new PlanForm(String.valueOf(plan.assessmentId()), String.valueOf(plan.id()),
                String.valueOf(plan.version()), plan.targets().stream().map(Choice::of).toList(), blankRows(),
                plan.activities().stream().map(Choice::of).toList(), "", "", notes, dateFields(plan.startDate()),
                dateFields(plan.reviewDate()));
    }

    /** The form as posted. */
    static PlanForm from(Map<String, List<String>> form) {
        List<OwnTarget> own = new ArrayList<>();
        for (int i = 1; i <= OWN_TARGET_ROWS; i++) {
            own.add(new OwnTarget(first(form, "ownTarget-strand-" + i), first(form, "ownTarget-text-" + i)));
        }
        Map<RelationalFunction, String> notes = new EnumMap<>(RelationalFunction.class);
        for (RelationalFunction f : RelationalFunction.values()) {
            notes.put(f, first(form, "note-" + f.name()));
        }
        return new PlanForm(first(form, "assessmentId"), first(form, "planId"), first(form, "version"),
                form.getOrDefault("targets", List.of()), own, form.getOrDefault("activities", List.of()),
                first(form, "ownSchool"), first(form, "ownHome"), notes, dates(form, "startDate"),
                dates(form, "reviewDate"));
    }

    /**
     * The draft for the domain, with the problems only the form can see (unreadable dates, a written
     * target without a strand). A missing start date goes as today so the domain still reports
     * everything else; the form's own problem says what is wrong with it.
     */
    Reading read(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        List<Target> chosen = new ArrayList<>();
        targets.forEach(v -> Choice.target(v).ifPresent(chosen::add));
        for (int i = 0; i < ownTargets.size(); i++) {
            OwnTarget row = ownTargets.get(i);
            if (row.text().isBlank()) {
                continue;
            }
            Optional<Strand> strand = strand(row.strand());
            if (strand.isEmpty()) {
                problems.add(new Problem("ownTarget-strand-" + (i + 1), row.strand(),
                        "Select the strand your target " + (i + 1) + " works on"));
            } else {
                chosen.add(new Target(strand.get(), Optional.empty(), row.text().strip()));
            }
        }
        List<PlanActivity> acts = new ArrayList<>();
        activities.forEach(v -> Choice.activity(v).ifPresent(acts::add));
        lines(ownSchool).forEach(l -> acts.add(new PlanActivity(ActivitySetting.SCHOOL, Optional.empty(), l)));
        lines(ownHome).forEach(l -> acts.add(new PlanActivity(ActivitySetting.HOME, Optional.empty(), l)));
        DateFields.Reading start = startDate.read("startDate", "Start date");
        DateFields.Reading review = reviewDate.read("reviewDate", "Review date");
        start.problem().ifPresent(problems::add);
        review.problem().ifPresent(problems::add);
        if (start.date().isEmpty() && start.problem().isEmpty()) {
            problems.add(new Problem("startDate", "", "Enter the date the plan starts"));
        }
        PlanDraft draft = new PlanDraft(chosen, acts, notes, start.date().orElse(today), review.date());
        return new Reading(draft, problems);
    }

    /** The draft and the form's own problems. */
    record Reading(PlanDraft draft, List<Problem> problems) {
    }

    /** Whether a choice is ticked. */
    boolean ticked(String choice) {
        return targets.contains(choice) || activities.contains(choice);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Optional<Strand> strand(String name) {
        try {
            return name.isBlank() ? Optional.empty() : Optional.of(Strand.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<OwnTarget> blankRows() {
        List<OwnTarget> rows = new ArrayList<>();
        for (int i = 0; i < OWN_TARGET_ROWS; i++) {
            rows.add(new OwnTarget("", ""));
        }
        return rows;
    }

    static DateFields dateFields(LocalDate d) {
        return new DateFields(String.valueOf(d.getDayOfMonth()), String.valueOf(d.getMonthValue()),
                String.valueOf(d.getYear()));
    }

    static DateFields dates(Map<String, List<String>> form, String name) {
        return new DateFields(first(form, name + "-day"), first(form, name + "-month"), first(form, name + "-year"));
    }

    static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
