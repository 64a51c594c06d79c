package org.thrivemis.web.internal.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.StrandResult;
import org.thrivemis.api.screening.ClassProfile;
import org.thrivemis.api.screening.PupilScreening;

/**
 * The class profile of a closed round: the strand × pupil heat map (inline SVG, described, with the
 * same figures as a table), each pupil's group and the pupils flagged for an individual profile.
 */
public record ProfileView(Page page, String summary, HeatMap heatMap, List<String> strands, List<PupilRow> pupils,
        List<Flag> flagged, String classHref) {

    /** One pupil's row of the table: per strand "2 of 3" with the share, the group and any flag. */
    public record PupilRow(String name, String href, List<String> cells, String group, String flag) {
    }

    public record Flag(String name, String href, List<String> reasons) {
    }

    static ProfileView of(Page page, ClassProfile profile, String pupilPattern, String classHref) {
        List<String> strands = profile.strands().stream().map(Strand::label).toList();
        List<PupilRow> rows = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        for (PupilScreening p : profile.pupils()) {
            String href = ScreeningUrls.pupil(pupilPattern, p.pupilId());
            List<String> cells = new ArrayList<>();
            for (Strand s : profile.strands()) {
                Optional<StrandResult> c = profile.cell(p, s);
                cells.add(!p.screened() ? "Not screened" : c.map(r -> r.secure() + " of " + r.statements()
                        + " secure (" + r.percentSecure() + "%)").orElse("Not in band"));
            }
            rows.add(new PupilRow(p.name(), href, cells, p.allocation().map(a -> a.label()).orElse("Not screened"),
                    p.flagged() ? "Flagged" : ""));
            if (p.flagged()) {
                flags.add(new Flag(p.name(), href, p.flagReasons()));
            }
        }
        long screened = profile.pupils().stream().filter(PupilScreening::screened).count();
        String summary = screened + " of " + profile.pupils().size() + " pupils screened; " + flags.size()
                + " flagged for an individual profile.";
        return new ProfileView(page, summary, HeatMap.of(profile), strands, rows, flags, classHref);
    }
}
