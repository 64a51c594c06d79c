package org.thrivemis.web.internal.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Profile;
import org.thrivemis.web.internal.UkFormat;

/**
 * Progress over time: each strand's share of statements secure in every completed profile, oldest
 * first, as a line per strand in an inline SVG (each line labelled with its strand at its end and
 * drawn with its own dash pattern, so colour is never the only cue) and the same figures as a
 * table, the chart's text alternative. Shown from two completed profiles on; at most the last
 * {@value #MAX_PROFILES}.
 *
 * @param title the chart's title (its accessible name)
 * @param description what it shows (its accessible description)
 * @param columns the profiles, oldest first, e.g. "Baseline profile, 3 March 2025"
 * @param lines one per strand, in strand order
 * @param width the SVG's width
 * @param height its height
 */
public record ProgressChart(String title, String description, List<Column> columns, List<Line> lines, int width,
        int height) {

    static final int MAX_PROFILES = 8;
    private static final int LEFT = 50;
    private static final int STEP = 80;
    private static final int TOP = 12;
    private static final int PLOT = 200;
    private static final String[] COLOURS = {"#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#b58840", "#0b0c0c"};
    private static final String[] DASHES = {"", "6 3", "2 2", "8 3 2 3", "1 3", "10 2"};

    /** A profile on the x axis. */
    public record Column(String label, String shortLabel, int x) {
    }

    /**
     * A strand's line.
     *
     * @param strand its name
     * @param points SVG polyline points
     * @param values % secure per profile, in column order
     * @param colour stroke colour
     * @param dash stroke-dasharray ("" for solid)
     * @param labelX x of the label at the line's end
     * @param labelY y of that label
     */
    public record Line(String strand, String points, List<Integer> values, String colour, String dash, int labelX,
            int labelY) {
    }

    /** The chart for these profiles (any order, drafts ignored); empty with fewer than two completed. */
    public static Optional<ProgressChart> of(String pupilName, List<Profile> profiles) {
        List<Profile> completed = new ArrayList<>(profiles.stream()
                .filter(p -> p.assessment().status() == AssessmentStatus.COMPLETED)
                .sorted((a, b) -> a.assessment().assessedOn().equals(b.assessment().assessedOn())
                        ? Long.compare(a.assessment().id(), b.assessment().id())
                        : a.assessment().assessedOn().compareTo(b.assessment().assessedOn()))
                .toList());
        if (completed.size() < 2) {
            return Optional.empty();
        }
        if (completed.size() > MAX_PROFILES) {
            completed = completed.subList(completed.size() - MAX_PROFILES, completed.size());
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < completed.size(); i++) {
            Profile p = completed.get(i);
            columns.add(new Column(ProfileSummaryView.label(p),
                    p.assessment().assessedOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMM yy", Locale.UK)),
                    LEFT + i * STEP));
        }
        List<Line> lines = new ArrayList<>();
        for (Strand s : Strand.values()) {
            List<Integer> values = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < completed.size(); i++) {
                int v = completed.get(i).result().strands().stream().filter(r -> r.strand() == s).findFirst()
                        .map(r -> r.percentSecure()).orElse(0);
                values.add(v);
                points.append(i == 0 ? "" : " ").append(LEFT + i * STEP).append(',').append(y(v));
            }
            int last = values.get(values.size() - 1);
            lines.add(new Line(s.label(), points.toString(), values, COLOURS[s.ordinal()], DASHES[s.ordinal()],
                    LEFT + (completed.size() - 1) * STEP + 8, y(last) + 4));
        }
        int width = LEFT + (completed.size() - 1) * STEP + 170;
        return Optional.of(new ProgressChart("Strands over time for " + pupilName,
                "Line chart of the share of statements secure in each strand, one line per strand, in every completed"
                        + " profile from the oldest to the latest. The same figures are in the table below.",
                columns, lines, width, TOP + PLOT + 40));
    }

    /** The y of a percentage: 100% at the top. */
    static int y(int percent) {
        return TOP + (100 - percent) * PLOT / 100;
    }

    public int plotTop() {
        return TOP;
    }

    public int plotBottom() {
        return TOP + PLOT;
    }

    public int left() {
        return LEFT;
    }

    public int axisLabelY() {
        return TOP + PLOT + 20;
    }

    public int right() {
        return LEFT + (columns.size() - 1) * STEP;
    }
}
