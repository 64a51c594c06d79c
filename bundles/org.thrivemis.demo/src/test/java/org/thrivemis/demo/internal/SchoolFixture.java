package org.thrivemis.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.thrivemis.api.content.Activity;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.AgeRange;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ScreeningBand;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.content.StrandContent;

/** A primary school shaped like the reference host's and a pack shaped like the sample pack. */
final class SchoolFixture {
    static final LocalDate TERM_START = LocalDate.of(2026, 9, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String OAK = "year-3-oak";
    static final List<String> SCREENED = List.of("year-1-rowan", OAK, "year-5-holly");

    private SchoolFixture() {
    }

    /** 14 classes of 30, Reception to Year 6, ids P0001…; born in the right academic year. */
    static List<DemoPupil> pupils() {
        String[][] classes = {{"reception-willow", "reception-hazel"}, {"year-1-rowan", "year-1-birch"},
            {"year-2-maple", "year-2-cedar"}, {OAK, "year-3-ash"}, {"year-4-elm", "year-4-beech"},
            {"year-5-holly", "year-5-larch"}, {"year-6-yew", "year-6-chestnut"}};
        List<DemoPupil> pupils = new ArrayList<>();
        for (int year = 0; year < classes.length; year++) {
            for (String c : classes[year]) {
                for (int i = 0; i < 30; i++) {
                    LocalDate born = LocalDate.of(2021 - year, 9, 1).plusDays((i * 37L) % 365);
                    pupils.add(new DemoPupil(String.format("P%04d", pupils.size() + 1), "Family" + i, born, c));
                }
            }
        }
        return pupils;
    }

    static ContentPack pack() {
        int[][] ages = {{0, 6}, {6, 18}, {18, 36}, {36, 84}, {84, 144}, {144, 216}};
        List<StrandContent> strands = new ArrayList<>();
        for (Strand s : Strand.values()) {
            String prefix = s.name().toLowerCase();
            List<Statement> statements = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                statements.add(new Statement(prefix + "-0" + i, s, "statement " + i));
            }
            strands.add(new StrandContent(s, s.label(), new AgeRange(ages[s.ordinal()][0], ages[s.ordinal()][1]),
                    statements, List.of(new Activity(prefix + "-school-01", s, ActivitySetting.SCHOOL, "t", "d"),
                            new Activity(prefix + "-home-01", s, ActivitySetting.HOME, "t", "d"))));
        }
        List<ScreeningBand> bands = new ArrayList<>();
        int[][] bandAges = {{48, 60}, {60, 84}, {84, 108}, {108, 132}};
        for (int[] b : bandAges) {
            List<Statement> statements = new ArrayList<>();
            for (Strand s : Strand.values()) {
                statements.add(new Statement("screen-" + b[0] + "-" + s.ordinal(), s, "screened"));
            }
            bands.add(new ScreeningBand(new AgeRange(b[0], b[1]), statements));
        }
        return new ContentPack("test-pack", "1.0.0", "Test pack", true, strands, bands);
    }
}
