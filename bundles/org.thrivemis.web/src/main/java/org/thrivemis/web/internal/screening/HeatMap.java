package org.thrivemis.web.internal.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.StrandResult;
import org.thrivemis.api.screening.ClassProfile;
import org.thrivemis.api.screening.PupilScreening;

/**
 * The strand × pupil heat map of a class profile as SVG geometry: a row per strand, a column per
 * pupil (numbered as in the table below it), each cell coloured by the share of the strand's
 * statements secure. Colour is never the only cue: the key names the bands and the table holds
 * every figure.
 */
public record HeatMap(String title, String description, List<Label> rowLabels, List<Label> columnLabels,
        List<Cell> cells, List<Key> key, int width, int height) {
    static final int LEFT = 170;
    static final int TOP = 34;
    static final int SIZE = 22;
    static final int GAP = 2;

    public record Label(String text, int x, int y) {
    }

    public record Cell(int x, int y, String fill, String title) {
    }

    public record Key(String label, String fill, int x, int y) {
    }

    /** Bands: all secure, most secure, under half secure, not screened / not in band. */
    static final String ALL = "#00703c";
    static final String MOST = "#85994b";
    static final String FEW = "#d4351c";
    static final String NONE = "#f3f2f1";

    static HeatMap of(ClassProfile profile) {
        List<Label> rows = new ArrayList<>();
        List<Label> columns = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        List<PupilScreening> pupils = profile.pupils();
        for (int c = 0; c < pupils.size(); c++) {
            columns.add(new Label(String.valueOf(c + 1), LEFT + c * (SIZE + GAP) + SIZE / 2, TOP - 8));
        }
        for (int r = 0; r < profile.strands().size(); r++) {
            Strand s = profile.strands().get(r);
            int y = TOP + r * (SIZE + GAP);
            rows.add(new Label(s.label(), LEFT - 8, y + SIZE / 2 + 5));
            for (int c = 0; c < pupils.size(); c++) {
                PupilScreening p = pupils.get(c);
                Optional<StrandResult> cell = profile.cell(p, s);
                String fill = cell.map(HeatMap::fill).orElse(NONE);
                String title = (c + 1) + ". " + p.name() + ", " + s.label() + ": " + cell.map(x -> x.secure() + " of "
                        + x.statements() + " secure").orElse(p.screened() ? "not in band" : "not screened");
                cells.add(new Cell(LEFT + c * (SIZE + GAP), y, fill, title));
            }
        }
        int bottom = TOP + profile.strands().size() * (SIZE + GAP) + 16;
        List<Key> key = List.of(new Key("All secure", ALL, LEFT, bottom), new Key("Half or more secure", MOST,
                LEFT + 120, bottom), new Key("Under half secure", FEW, LEFT + 290, bottom),
                new Key("Not screened", NONE, LEFT + 450, bottom));
        String perStrand = profile.strands().stream().map(s -> s.label() + " " + profile.percentSecure(s)
                .map(p -> p + "%").orElse("not screened")).collect(Collectors.joining(", "));
        String description = "Heat map of " + pupils.size() + " pupils (columns, numbered as in the table below) by "
                + profile.strands().size() + " strands (rows); each cell shows how many of the strand's statements"
                + " the pupil has secure. Class share secure: " + perStrand + ".";
        int width = Math.max(LEFT + pupils.size() * (SIZE + GAP) + 10, LEFT + 580);
        return new HeatMap(profile.round().className() + ", " + profile.round().title() + ": strands by pupil",
                description, rows, columns, cells, key, width, bottom + 30);
    }

    private static String fill(StrandResult r) {
        if (r.secure() == r.statements()) {
            return ALL;
        }
        return r.secure() * 2 >= r.statements() ? MOST : FEW;
    }
}
