package org.thrivemis.web.internal.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.screening.ClassProfile;

/**
 * A class's closed rounds of one academic year side by side: per strand, the class's share of
 * secure statements in each round, as grouped horizontal bars in an inline SVG, and the same
 * figures as a table (the chart's text alternative).
 */
public record Comparison(String title, String description, List<String> rounds, List<String> colours,
        List<StrandRow> strands, List<Integer> flagged, int width, int height) {
    static final int LABEL_WIDTH = 190;
    static final int BAR_WIDTH = 360;
    static final int BAR_HEIGHT = 12;
    /** GOV.UK blue, dark grey, green: distinct for the eye and at least 4.5:1 on white. */
    static final List<String> COLOURS = List.of("#1d70b8", "#505a5f", "#00703c");

    /** One strand: a bar per round, empty where the strand was not screened in that round. */
    public record StrandRow(String strand, List<Bar> bars, int labelY) {
    }

    public record Bar(Optional<Integer> percent, int y, int width, String colour) {
        public String text() {
            return percent.map(p -> p + "%").orElse("not screened");
        }

        public int textX() {
            return LABEL_WIDTH + width + 6;
        }
    }

    static Comparison of(String className, String year, List<ClassProfile> profiles) {
        List<String> rounds = profiles.stream().map(p -> p.round().term().label()).toList();
        List<StrandRow> rows = new ArrayList<>();
        int y = 10;
        for (Strand s : Strand.values()) {
            boolean any = profiles.stream().anyMatch(p -> p.percentSecure(s).isPresent());
            if (!any) {
                continue;
            }
            List<Bar> bars = new ArrayList<>();
            int top = y;
            for (int i = 0; i < profiles.size(); i++) {
                Optional<Integer> pct = profiles.get(i).percentSecure(s);
                bars.add(new Bar(pct, y, Math.max(1, pct.orElse(0) * BAR_WIDTH / 100), COLOURS.get(i % COLOURS.size())));
                y += BAR_HEIGHT + 4;
            }
            rows.add(new StrandRow(s.label(), bars, top + (y - top) / 2 + 4));
            y += 14;
        }
        List<Integer> flagged = profiles.stream().map(p -> p.flagged().size()).toList();
        String description = "Grouped bar chart: for each strand, the share of statements secure across "
                + className + " in each closed round of " + year + " (" + String.join(", ", rounds)
                + "). The same figures are in the table below.";
        return new Comparison(className + ": strands secure across " + year, description, rounds,
                COLOURS.subList(0, Math.min(COLOURS.size(), rounds.size())), rows, flagged,
                LABEL_WIDTH + BAR_WIDTH + 110, y + 6);
    }

    public int labelX() {
        return LABEL_WIDTH - 8;
    }

    public int barX() {
        return LABEL_WIDTH;
    }

    public String colour(int i) {
        return COLOURS.get(i % COLOURS.size());
    }
}
