package org.thrivemis.web.internal.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the grouped bar chart (inline SVG): one group per phase, a bar for pupils with a
 * plan and one for pupils without, the height their attendance %. Computed here so the template
 * only draws; the same numbers are in the table and the text alternative.
 *
 * @param width the SVG's width
 * @param height the SVG's height
 * @param bars the bars to draw
 * @param groupLabels the phase labels under each group
 * @param description the text alternative (SVG desc)
 */
public record ImpactChart(int width, int height, List<Bar> bars, List<Label> groupLabels, String description) {
    static final int WIDTH = 560;
    static final int HEIGHT = 260;
    static final int TOP = 20;
    static final int BOTTOM = 220;
    static final int LEFT = 50;
    static final int GROUP = 170;
    static final int BAR = 60;
    // GOV.UK blue and dark grey: both above 3:1 against white (WCAG 1.4.11), and captioned, so colour is not the only cue
    static final String PLAN_FILL = "#1d70b8";
    static final String COMPARISON_FILL = "#505a5f";

    /** One bar; {@code empty} bars have no data and show only their caption. */
    public record Bar(int x, int y, int width, int height, String fill, String caption, int captionY) {
    }

    /** A text label at a position. */
    public record Label(int x, int y, String text) {
    }

    /** The y-axis grid lines: 0, 25, 50, 75 and 100%. */
    public List<Label> gridLines() {
        List<Label> lines = new ArrayList<>();
        for (int p = 0; p <= 100; p += 25) {
            lines.add(new Label(LEFT, y(p), p + "%"));
        }
        return lines;
    }

    /** The chart of one row (the school's). */
    public static ImpactChart of(ImpactRow row) {
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        StringBuilder desc = new StringBuilder("Attendance of " + row.withPlan() + " pupils with an action plan and "
                + row.withoutPlan() + " pupils without one, " + row.name() + ". ");
        int i = 0;
        for (Phase phase : Phase.values()) {
            int x = LEFT + 15 + i * GROUP;
            bars.add(bar(x, row.planned(phase), PLAN_FILL));
            bars.add(bar(x + BAR + 5, row.comparison(phase), COMPARISON_FILL));
            labels.add(new Label(x + BAR, BOTTOM + 18, phase.label()));
            desc.append(String.format(Locale.UK, "%s: with a plan %s, without a plan %s. ", phase.label(),
                    row.planned(phase).text(), row.comparison(phase).text()));
            i++;
        }
        return new ImpactChart(WIDTH, HEIGHT, bars, labels, desc.toString().trim());
    }

    private static Bar bar(int x, Figure figure, String fill) {
        if (figure.percentage().isEmpty()) {
            return new Bar(x, BOTTOM, BAR, 0, fill, "No data", BOTTOM - 4);
        }
        int top = y(figure.percentage().getAsDouble());
        return new Bar(x, top, BAR, BOTTOM - top, fill, figure.text(), top - 4);
    }

    private static int y(double percent) {
        return (int) Math.round(BOTTOM - (BOTTOM - TOP) * percent / 100.0);
    }
}
