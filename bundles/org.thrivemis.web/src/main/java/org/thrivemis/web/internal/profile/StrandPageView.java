package org.thrivemis.web.internal.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.Level;
import org.thrivemis.web.internal.tab.ErrorLink;

/**
 * One strand of a draft profile as a form: each statement a radios fieldset (Not yet / Emerging /
 * Secure) with the statement as its legend, the version the user opened in a hidden field, and the
 * two ways on: to the next strand, or save and finish later.
 *
 * @param caption e.g. "Baseline profile: strand 2 of 6"
 * @param heading the strand's name
 * @param summary the strand's developmental task
 * @param sample whether the statements are sample content
 * @param backLink the tab's summary
 * @param action where the form posts (the tab's URL)
 * @param csrfField the CSRF form field's name
 * @param csrfToken its value
 * @param assessmentId the draft
 * @param version the version this form saves over
 * @param strand the strand's enum name
 * @param statements the statements with their choices
 * @param conflict set when someone else saved meanwhile: who, and what differs
 * @param errors other problems, for the error summary
 */
public record StrandPageView(String caption, String heading, String summary, boolean sample, String backLink,
        String action, String csrfField, String csrfToken, long assessmentId, long version, String strand,
        List<StatementRow> statements, Optional<Conflict> conflict, List<ErrorLink> errors, boolean last) {

    /** A statement and its three radios. */
    public record StatementRow(String id, String text, List<Choice> choices) {
        public String legendId() {
            return "statement-" + id;
        }
    }

    /** One radio: input id, posted name and value, label, ticked. */
    public record Choice(String id, String name, String value, String label, boolean checked) {
    }

    /** "Someone else saved this profile": who, when, and each difference with both values. */
    public record Conflict(String who, String when, List<String> changes) {
    }

    static StrandPageView of(Assessment a, ContentPack pack, StrandContent content, Map<String, Level> shown,
            String tabUrl, String csrfField, String csrfToken, long version, Optional<Conflict> conflict,
            List<ErrorLink> errors) {
        List<StatementRow> rows = new ArrayList<>();
        for (Statement s : content.statements()) {
            List<Choice> choices = new ArrayList<>();
            for (Level level : Level.values()) {
                // GOV.UK convention: the first radio carries the group's id, so error links land on it
                String id = "level-" + s.id() + (level.ordinal() == 0 ? "" : "-" + level.name().toLowerCase());
                choices.add(new Choice(id, ProfileForm.LEVEL_PREFIX + s.id(), level.name(), level.label(),
                        shown.get(s.id()) == level));
            }
            rows.add(new StatementRow(s.id(), s.text(), choices));
        }
        int index = pack.strands().indexOf(content);
        String caption = a.kind().label() + ": strand " + (index + 1) + " of " + pack.strands().size();
        return new StrandPageView(caption, content.strand().label(), content.summary(), pack.sample(), tabUrl,
                tabUrl, csrfField, csrfToken, a.id(), version, content.strand().name(), rows, conflict,
                List.copyOf(errors), index == pack.strands().size() - 1);
    }

    /** The label of the main button: the last strand goes on to the check page. */
    public String continueLabel() {
        return last ? "Save and check answers" : "Save and continue";
    }
}
