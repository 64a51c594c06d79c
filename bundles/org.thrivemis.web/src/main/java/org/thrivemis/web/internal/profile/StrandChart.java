package org.thrivemis.web.internal.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.ProfileResult;

/**
 * The strand chart: per strand the share of statements secure in the latest profile and, when
 * there is one, the previous profile, laid out as horizontal bars for an inline SVG. The same rows
 * feed the data table that is the chart's text alternative.
 *
 * @param title the chart's title (also its accessible name)
 * @param description what the chart shows, in one sentence (its accessible description)
 * @param latestLabel e.g. "Baseline profile, 3 March 2025"
 * @param previousLabel the same for the previous profile, when there is one
 * @param bars one row per strand, in strand order
 * @param height the SVG's height in pixels
 */
public record StrandChart(String title, String description, String latestLabel, Optional<String> previousLabel,
        List<Bar> bars, int height) {
    /** Left edge of the bars: strand names are written to its left. */
    public static final int BAR_X = 190;
    /** Width of a 100% bar. */
    public static final int BAR_WIDTH = 360;
    public static final int WIDTH = BAR_X + BAR_WIDTH + 60;
    private static final int ROW = 44;
    private static final int TOP = 10;

    /**
     * One strand's row.
     *
     * @param strand the strand's name
     * @param latest % secure in the latest profile
     * @param previous % secure in the previous profile, when there is one
     * @param y top of the row
     */
    public record Bar(String strand, int latest, Optional<Integer> previous, int y) {
        public int latestWidth() {
            return Math.max(1, latest * BAR_WIDTH / 100);
        }

        public int previousWidth() {
            return Math.max(1, previous.orElse(0) * BAR_WIDTH / 100);
        }

        public int labelY() {
            return y + 18;
        }

        public int latestY() {
            return y + 4;
        }

        public int previousY() {
            return y + 22;
        }

        public int latestTextX() {
            return BAR_X + latestWidth() + 6;
        }

        public int previousTextX() {
            return BAR_X + previousWidth() + 6;
        }

        public String previousText() {
            return previous.map(p -> p + "%").orElse("–");
        }
    }

    public static StrandChart of(String pupilName, String latestLabel, ProfileResult latest, Optional<String> previousLabel,
            Optional<ProfileResult> previous) {
        List<Bar> bars = new ArrayList<>();
        int y = TOP;
        for (Strand s : Strand.values()) {
            int now = latest.strands().stream().filter(r -> r.strand() == s).findFirst().map(r -> r.percentSecure())
                    .orElse(0);
            Optional<Integer> before = previous.flatMap(p -> p.strands().stream().filter(r -> r.strand() == s)
                    .findFirst().map(r -> r.percentSecure()));
            bars.add(new Bar(s.label(), now, before, y));
            y += ROW;
        }
        String description = "Bar chart of the share of statements secure in each strand, "
                + (previous.isPresent() ? "latest profile (blue) against the previous one (grey)." : "latest profile.")
                + " The same figures are in the table below.";
        return new StrandChart("Strands secure for " + pupilName, description, latestLabel, previousLabel, bars,
                y + TOP);
    }

    public int width() {
        return WIDTH;
    }

    public int barX() {
        return BAR_X;
    }

    public int labelX() {
        return BAR_X - 8;
    }
}
