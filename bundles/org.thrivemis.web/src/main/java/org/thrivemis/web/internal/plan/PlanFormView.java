package org.thrivemis.web.internal.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.RelationalFunction;
import org.thrivemis.api.plan.Target;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.web.internal.UkFormat;
import org.thrivemis.web.internal.tab.DateFields;

/**
 * What the create/edit plan template needs: the choices (suggestions and the plan's own content)
 * with the ticked ones marked, the practitioner's own entries, problems, and a conflict if the
 * save was refused because someone else changed the plan.
 */
public record PlanFormView(String action, String csrfToken, String heading, String submitLabel, String command,
        PlanForm values, List<Option> targets, List<Option> schoolActivities, List<Option> homeActivities,
        List<OwnTargetRow> ownTargets, List<NoteField> notes, boolean samplePack, Optional<ConflictView> conflict,
        PlanErrors errors) {

    /** A checkbox: id, posted value, label, a hint (the strand), ticked. */
    public record Option(String id, String value, String label, String hint, boolean checked) {
    }

    /** A row for a target the practitioner writes, with its strand choices. */
    public record OwnTargetRow(int number, String strand, String text, List<StrandOption> strands) {
    }

    /** One strand in a select. */
    public record StrandOption(String value, String label, boolean selected) {
    }

    /** A relational-approach notes box. */
    public record NoteField(String id, String name, String label, String hint, String value) {
    }

    /** Why the save was refused: who changed the plan, when, and what. */
    public record ConflictView(String changedBy, String changedAt, List<String> changes) {
    }

    /** The form for these values; {@code candidates} are offered in addition to what the values tick. */
    static PlanFormView of(String action, String csrfToken, boolean creating, PlanForm values, List<Target> candidateTargets,
            List<PlanActivity> candidateActivities, boolean samplePack, List<Problem> problems,
            Optional<ConflictException> conflict) {
        Set<String> targetValues = new LinkedHashSet<>(values.targets());
        candidateTargets.forEach(t -> targetValues.add(Choice.of(t)));
        List<Option> targets = new ArrayList<>();
        for (String v : targetValues) {
            Choice.target(v).ifPresent(t -> targets.add(new Option(id("targets", targets.size()), v, t.text(),
                    t.strand().label(), values.ticked(v))));
        }
        Set<String> activityValues = new LinkedHashSet<>(values.activities());
        candidateActivities.forEach(a -> activityValues.add(Choice.of(a)));
        List<Option> school = new ArrayList<>();
        List<Option> home = new ArrayList<>();
        for (String v : activityValues) {
            Choice.activity(v).ifPresent(a -> {
                List<Option> list = a.setting() == ActivitySetting.SCHOOL ? school : home;
                String group = a.setting() == ActivitySetting.SCHOOL ? "school" : "home";
                list.add(new Option(id(group, list.size()), v, a.text(), a.activityId().isPresent() ? "From the pack" : "Written by staff",
                        values.ticked(v)));
            });
        }
        List<OwnTargetRow> own = new ArrayList<>();
        for (int i = 0; i < values.ownTargets().size(); i++) {
            PlanForm.OwnTarget row = values.ownTargets().get(i);
            List<StrandOption> strands = new ArrayList<>();
            strands.add(new StrandOption("", "Select a strand", row.strand().isEmpty()));
            for (Strand s : Strand.values()) {
                strands.add(new StrandOption(s.name(), s.label(), s.name().equals(row.strand())));
            }
            own.add(new OwnTargetRow(i + 1, row.strand(), row.text(), strands));
        }
        List<NoteField> notes = new ArrayList<>();
        for (RelationalFunction f : RelationalFunction.values()) {
            notes.add(new NoteField("plan-note-" + f.name(), "note-" + f.name(), f.label(), f.hint(),
                    values.notes().getOrDefault(f, "")));
        }
        boolean hasTargets = !targets.isEmpty();
        PlanErrors errors = PlanErrors.of(problems, group -> controlId(group, hasTargets, !school.isEmpty()));
        Optional<ConflictView> conflictView = conflict.map(c -> new ConflictView(c.changedBy(),
                UkFormat.dateTime(c.changedAt()), c.changes()));
        return new PlanFormView(action, csrfToken, creating ? "Create an action plan" : "Edit the action plan",
                creating ? "Save as draft" : "Save changes", creating ? "create" : "update", values, targets, school,
                home, own, notes, samplePack, conflictView, errors);
    }

    /** The field carrying the CSRF token, as the host expects it. */
    public String csrfField() {
        return CurrentUser.CSRF_FIELD;
    }

    /** The start date boxes. */
    public DateFields start() {
        return values.startDate();
    }

    /** The review date boxes. */
    public DateFields review() {
        return values.reviewDate();
    }

    private static String id(String group, int index) {
        // GOV.UK convention: the first option carries the group's id, so error links land on it
        return "plan-" + group + (index == 0 ? "" : "-" + (index + 1));
    }

    static String controlId(String group, boolean hasTargetOptions, boolean hasSchoolOptions) {
        return switch (group) {
            case "targets" -> hasTargetOptions ? "plan-targets" : "plan-ownTarget-text-1";
            case "activities" -> hasSchoolOptions ? "plan-school" : "plan-ownSchool";
            case "startDate", "reviewDate" -> "plan-" + group + "-day";
            default -> group.startsWith("relationalNotes.")
                    ? "plan-note-" + group.substring("relationalNotes.".length())
                    : group.startsWith("ownTarget-strand-") ? "plan-" + group : "plan-form";
        };
    }
}
