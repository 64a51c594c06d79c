package org.thrivemis.api.content;

import java.util.List;
import java.util.Objects;

/**
 * A strand's content in a pack.
 *
 * @param strand the strand
 * @param summary the child's developmental task, in short
 * @param expectedAges the ages at which the strand is expected to come on-line
 * @param statements the statements of an individual assessment, in order
 * @param activities suggested activities, school and home
 */
public record StrandContent(Strand strand, String summary, AgeRange expectedAges, List<Statement> statements,
        List<Activity> activities) {
    public StrandContent {
        Objects.requireNonNull(strand, "strand");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(expectedAges, "expectedAges");
        statements = List.copyOf(statements);
        activities = List.copyOf(activities);
    }
}
