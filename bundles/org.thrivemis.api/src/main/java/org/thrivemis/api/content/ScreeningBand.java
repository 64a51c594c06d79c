package org.thrivemis.api.content;

import java.util.List;
import java.util.Objects;

/**
 * The statements a teacher screens a pupil of this age band against in whole-group screening.
 *
 * @param ages the ages the band applies to
 * @param statements the statements, across strands, in the order shown on the screening grid
 */
public record ScreeningBand(AgeRange ages, List<Statement> statements) {
    public ScreeningBand {
        Objects.requireNonNull(ages, "ages");
        statements = List.copyOf(statements);
    }
}
