package org.thrivemis.demo.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.profile.Level;

/**
 * Believable levels for an individual profile: secure in the strands a child of that age has come
 * through, gaps from the age-expected strand on; a child working below their age has gaps in an
 * earlier strand too (an interruption there), which makes that strand their working stage.
 */
final class ProfileLevels {
    private ProfileLevels() {
    }

    /**
     * @param expected the age-expected strand on the day
     * @param interrupted the earlier strand with gaps for a child working below their age, if any
     */
    static Map<String, Level> of(ContentPack pack, Strand expected, Optional<Strand> interrupted, Random random) {
        Map<String, Level> levels = new LinkedHashMap<>();
        for (StrandContent strand : pack.strands()) {
            List<Statement> statements = strand.statements();
            Strand s = strand.strand();
            if (interrupted.isPresent() && s == interrupted.get()) {
                // two or three statements not secure: enough to show on the strand chart
                List<Integer> gaps = pick(statements.size(), 2 + random.nextInt(2), random);
                for (int i = 0; i < statements.size(); i++) {
                    levels.put(statements.get(i).id(), gaps.contains(i)
                            ? (random.nextInt(3) == 0 ? Level.NOT_YET : Level.EMERGING) : Level.SECURE);
                }
            } else if (s.compareTo(expected) < 0) {
                boolean afterInterruption = interrupted.map(i -> s.compareTo(i) > 0).orElse(false);
                for (Statement st : statements) {
                    levels.put(st.id(), afterInterruption && random.nextInt(4) == 0 ? Level.EMERGING : Level.SECURE);
                }
            } else if (s == expected) {
                for (Statement st : statements) {
                    int r = random.nextInt(20);
                    levels.put(st.id(), r < 11 ? Level.SECURE : r < 18 ? Level.EMERGING : Level.NOT_YET);
                }
            } else {
                for (Statement st : statements) {
                    levels.put(st.id(), random.nextInt(10) < 3 ? Level.EMERGING : Level.NOT_YET);
                }
            }
        }
        return levels;
    }

    /**
     * One screening mark of a child against a statement of the strand: secure in the strands they
     * have come through, gaps in an interrupted strand and from the age-expected strand on.
     */
    static Level screening(Strand strand, Strand expected, Optional<Strand> interrupted, Random random) {
        int r = random.nextInt(20);
        if (interrupted.isPresent() && strand == interrupted.get()) {
            return r < 12 ? Level.EMERGING : Level.NOT_YET;
        }
        if (strand.compareTo(expected) < 0) {
            boolean afterInterruption = interrupted.map(i -> strand.compareTo(i) > 0).orElse(false);
            return r < (afterInterruption ? 12 : 19) ? Level.SECURE : Level.EMERGING;
        }
        if (strand == expected) {
            return r < 12 ? Level.SECURE : r < 18 ? Level.EMERGING : Level.NOT_YET;
        }
        return r < 8 ? Level.EMERGING : Level.NOT_YET;
    }

    /**
     * A later profile of the same child after some weeks of a plan: each gap moves up a level with
     * an even chance, and at least the first gap of the earliest strand does, so progress shows.
     */
    static Map<String, Level> progressed(ContentPack pack, Map<String, Level> before, Random random) {
        Map<String, Level> after = new LinkedHashMap<>();
        boolean moved = false;
        for (StrandContent strand : pack.strands()) {
            for (Statement st : strand.statements()) {
                Level was = before.getOrDefault(st.id(), Level.NOT_YET);
                boolean up = was != Level.SECURE && (!moved || random.nextBoolean());
                after.put(st.id(), up ? next(was) : was);
                moved |= up;
            }
        }
        return after;
    }

    private static Level next(Level level) {
        return level == Level.NOT_YET ? Level.EMERGING : Level.SECURE;
    }

    private static List<Integer> pick(int size, int count, Random random) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        java.util.Collections.shuffle(all, random);
        return all.subList(0, Math.min(count, size));
    }
}
