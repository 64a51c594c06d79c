package org.thrivemis.web.internal.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;
import org.thrivemis.web.internal.UkFormat;
import org.thrivemis.web.internal.tab.ErrorLink;

/**
 * The check page of a profile (and the read-only view of a completed one): per strand how many
 * statements are secure and which are gaps, the working stage, and the "Complete profile" button
 * while it is a draft the viewer may complete.
 */
public record CheckPageView(String heading, String caption, boolean sample, boolean completed, String completedText,
        String workingStage, String ageExpectedStage, String reason, List<StrandRow> strands, boolean mayComplete,
        String action, String csrfField, String csrfToken, long assessmentId, long version, String backLink,
        Optional<String> banner, Optional<StrandPageView.Conflict> conflict, List<ErrorLink> errors) {

    /** One strand: counts, gaps in words, and the link to change its answers. */
    public record StrandRow(String strand, String secure, List<String> gaps, String changeLink, String unmarked) {
    }

    static CheckPageView of(Assessment a, ContentPack pack, ProfileResult result, ProfileUrls urls, boolean mayWrite,
            String csrfField, String csrfToken, Optional<String> banner, Optional<StrandPageView.Conflict> conflict,
            List<ErrorLink> errors) {
        boolean completed = a.status() == AssessmentStatus.COMPLETED;
        List<StrandRow> rows = new ArrayList<>();
        for (StrandResult r : result.strands()) {
            StrandContent content = pack.strand(r.strand());
            List<String> gaps = new ArrayList<>();
            int unmarked = 0;
            for (Statement s : content.statements()) {
                Level level = a.levels().get(s.id());
                if (level == null) {
                    unmarked++;
                } else if (level != Level.SECURE) {
                    gaps.add(s.text() + " (" + level.label().toLowerCase() + ")");
                }
            }
            rows.add(new StrandRow(r.strand().label(), r.secure() + " of " + r.statements() + " secure", gaps,
                    urls.strand(a.id(), r.strand()), unmarked == 0 ? "" : unmarked + " not marked yet"));
        }
        String heading = completed ? a.kind().label() + ": result"
                : mayWrite ? "Check the profile before completing it" : a.kind().label() + ": draft, not complete yet";
        String caption = a.kind().label() + ", " + UkFormat.date(a.assessedOn()) + ", by " + a.assessorName();
        String completedText = a.completedAt().map(t -> "Completed " + UkFormat.dateTime(t) + " by " + a.updatedBy())
                .orElse("Draft, last saved " + UkFormat.dateTime(a.updatedAt()) + " by " + a.updatedBy());
        return new CheckPageView(heading, caption, pack.sample(), completed, completedText,
                result.workingStage().map(s -> s.label()).orElse("No gaps: every strand is secure"),
                result.ageExpectedStage().label(), a.reason(), rows, !completed && mayWrite, urls.tabUrl(), csrfField,
                csrfToken, a.id(), a.version(), urls.tabUrl(), banner, conflict, List.copyOf(errors));
    }

}
