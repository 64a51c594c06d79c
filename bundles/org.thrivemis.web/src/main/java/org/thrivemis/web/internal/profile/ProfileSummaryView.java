package org.thrivemis.web.internal.profile;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Profile;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.web.internal.UkFormat;
import org.thrivemis.web.internal.tab.ErrorLink;

/**
 * Everything the profile part of the Thrive tab shows, worded and formatted: the stage summary,
 * the strand chart, the change since the previous profile, the history and (for staff who record
 * profiles) how to start one, or why they cannot.
 *
 * @param sample whether the pack in force is the sample pack (labelled "Sample content")
 * @param stages the working and age-expected stage with the plain-words explanation, once a profile is complete
 * @param chart the strand chart, once a profile is complete
 * @param changes how the latest profile differs from the previous one, in sentences
 * @param history every profile, newest first
 * @param start the start forms, for staff who record profiles and only with consent
 * @param cannotStart why a member of staff who records profiles cannot start one now
 * @param banner a success message after a save
 * @param errors problems with the start forms
 * @param groups the group profiles from screening rounds, newest first
 * @param progress each strand over every completed individual profile, from two completed profiles on
 */
public record ProfileSummaryView(boolean sample, Optional<Stages> stages, Optional<StrandChart> chart,
        List<String> changes, List<HistoryRow> history, Optional<StartForms> start, Optional<String> cannotStart,
        Optional<String> banner, List<ErrorLink> errors, List<GroupRow> groups,
        Optional<ProgressChart> progress) {

    /**
     * A group profile from a screening round: when, by whom, which round, per strand screened how
     * many statements are secure, and the group the pupil was allocated.
     */
    public record GroupRow(String date, String who, String round, List<String> strands, String group,
            String imported) {
    }

    /** The current working stage against the age-expected one, and what that means. */
    public record Stages(String working, String ageExpected, String explanation, String basedOn) {
    }

    /** One row of the profile history table. */
    public record HistoryRow(String kind, String date, String who, String status, String statusTag,
            String workingStage, String reason, String link, String linkText, String imported) {
    }

    /** The start forms: where they post, with the CSRF token and the reason entered so far. */
    public record StartForms(String action, String csrfField, String csrfToken, String reason, String reasonError) {
    }

    static ProfileSummaryView of(Pupil pupil, ContentPack pack, List<Profile> profiles, LocalDate today,
            ProfileUrls urls, boolean mayWrite, Optional<StartForms> start, Optional<String> cannotStart,
            Optional<String> banner, List<ErrorLink> errors) {
        // group profiles (from screening) have their own table; stages, chart and history are individual
        List<Profile> groups = profiles.stream().filter(p -> p.assessment().kind() == ProfileKind.GROUP).toList();
        profiles = profiles.stream().filter(p -> p.assessment().kind() != ProfileKind.GROUP).toList();
        List<Profile> completed = profiles.stream()
                .filter(p -> p.assessment().status() == AssessmentStatus.COMPLETED).toList();
        Optional<Profile> latest = completed.stream().findFirst();
        Optional<Profile> previous = completed.stream().skip(1).findFirst();
        Optional<Stages> stages = latest.map(p -> stages(pupil, pack, p, today));
        Optional<StrandChart> chart = latest.map(p -> StrandChart.of(pupil.displayName(), label(p), p.result(),
                previous.map(ProfileSummaryView::label), previous.map(Profile::result)));
        List<String> changes = latest.isPresent() && previous.isPresent()
                ? changes(latest.get().result(), previous.get().result())
                : List.of();
        List<HistoryRow> history = profiles.stream().map(p -> row(p, pack, urls, mayWrite)).toList();
        return new ProfileSummaryView(pack.sample(), stages, chart, changes, history, start, cannotStart, banner,
                List.copyOf(errors), groups.stream().map(ProfileSummaryView::groupRow).toList(),
                ProgressChart.of(pupil.displayName(), profiles));
    }

    static String label(Profile p) {
        return p.assessment().kind().label() + ", " + UkFormat.date(p.assessment().assessedOn());
    }

    private static Stages stages(Pupil pupil, ContentPack pack, Profile latest, LocalDate today) {
        ProfileResult result = latest.result();
        int months = (int) Math.max(0, Period.between(pupil.dateOfBirth(), today).toTotalMonths());
        Strand expected = pack.ageExpectedStrand(months);
        String name = pupil.givenName();
        String age = pupil.ageOn(today) + " years old";
        String working = result.workingStage().map(Strand::label).orElse("No gaps");
        String explanation;
        if (result.workingStage().isEmpty()) {
            explanation = "Every statement in " + name + "'s latest profile is secure, so no strand has gaps.";
        } else if (result.workingStage().get().compareTo(expected) < 0) {
            explanation = name + " has gaps in " + working + ", an earlier strand than " + expected.label()
                    + ", which is expected at " + age + ". Needs from an earlier strand come first: start support"
                    + " with " + working + " activities.";
        } else if (result.workingStage().get() == expected) {
            explanation = name + " is working at " + working + ", the strand expected at " + age + ".";
        } else {
            explanation = name + " is secure in every strand up to " + expected.label() + ", the strand expected at "
                    + age + ", and is working on " + working + ".";
        }
        String imported = imported(latest.assessment());
        return new Stages(working, expected.label(), explanation, "From the " + latest.assessment().kind().label().toLowerCase(Locale.UK) + " of "
                + UkFormat.date(latest.assessment().assessedOn()) + (imported.isEmpty() ? "" : " (" + imported + ")"));
    }

    private static List<String> changes(ProfileResult latest, ProfileResult previous) {
        List<String> changes = new ArrayList<>();
        if (!latest.workingStage().equals(previous.workingStage())) {
            changes.add("Working stage changed from " + previous.workingStage().map(Strand::label).orElse("no gaps")
                    + " to " + latest.workingStage().map(Strand::label).orElse("no gaps") + ".");
        }
        for (StrandResult now : latest.strands()) {
            Optional<StrandResult> before = previous.strands().stream().filter(r -> r.strand() == now.strand()).findFirst();
            if (before.isEmpty()) {
                continue;
            }
            int delta = now.percentSecure() - before.get().percentSecure();
            if (delta != 0) {
                changes.add(now.strand().label() + ": " + before.get().percentSecure() + "% to " + now.percentSecure()
                        + "% secure (" + (delta > 0 ? "up " : "down ") + Math.abs(delta) + " percentage points).");
            }
        }
        if (changes.isEmpty()) {
            changes.add("No change in any strand since the previous profile.");
        }
        return changes;
    }

    private static HistoryRow row(Profile p, ContentPack pack, ProfileUrls urls, boolean mayWrite) {
        Assessment a = p.assessment();
        boolean draft = a.status() == AssessmentStatus.DRAFT;
        String working = draft ? "Not complete yet"
                : p.result().workingStage().map(Strand::label).orElse("No gaps");
        String link;
        String linkText;
        if (draft && mayWrite) {
            link = urls.strand(a.id(), firstUnmarked(p, pack));
            linkText = "Continue";
        } else {
            link = urls.check(a.id());
            linkText = "View";
        }
        return new HistoryRow(a.kind().label(), UkFormat.date(a.assessedOn()), a.assessorName(), a.status().label(),
                draft ? "govuk-tag--yellow" : "govuk-tag--green", working, a.reason(), link, linkText, imported(a));
    }

    private static GroupRow groupRow(Profile p) {
        Assessment a = p.assessment();
        List<String> strands = p.result().strands().stream().filter(r -> r.statements() > 0)
                .map(r -> r.strand().label() + ": " + r.secure() + " of " + r.statements() + " secure").toList();
        String group = p.result().workingStage().map(s -> s.label() + " group").orElse("Whole-class provision");
        return new GroupRow(UkFormat.date(a.assessedOn()), a.assessorName(), a.reason(), strands, group, imported(a));
    }

    /** "Imported from Thrive-Online CSV export on 5 March 2026", or empty for a profile recorded here. */
    static String imported(Assessment a) {
        return a.imported().map(o -> "Imported from " + o.formatLabel() + " on " + UkFormat.date(o.importedOn()))
                .orElse("");
    }

    /** Where a draft continues: the first strand with an unmarked statement (the first strand if none). */
    static Strand firstUnmarked(Profile p, ContentPack pack) {
        return pack.strands().stream()
                .filter(s -> s.statements().stream().anyMatch(st -> !p.assessment().levels().containsKey(st.id())))
                .map(s -> s.strand()).findFirst().orElse(Strand.BEING);
    }
}
