package org.thrivemis.api.screening;

import java.util.List;
import java.util.Objects;
import org.thrivemis.api.content.Statement;

/**
 * What the teacher marks: the round, the statements of every band its pupils are in (the grid's
 * columns, grouped by strand in strand order) and one row per pupil of the snapshot.
 */
public record ScreeningGrid(ScreeningRound round, boolean samplePack, List<Statement> statements,
        List<GridPupil> pupils) {
    public ScreeningGrid {
        Objects.requireNonNull(round, "round");
        statements = List.copyOf(statements);
        pupils = List.copyOf(pupils);
    }

    /** How many pupils who can be marked have every statement marked. */
    public long completed() {
        return pupils.stream().filter(p -> p.consent() && p.complete()).count();
    }

    /** How many pupils can be marked (those with consent). */
    public long markable() {
        return pupils.stream().filter(GridPupil::consent).count();
    }
}
