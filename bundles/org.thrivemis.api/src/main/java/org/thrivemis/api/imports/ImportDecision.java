package org.thrivemis.api.imports;

import java.util.Objects;

/**
 * What an import does (or, in a preview, would do) with one matched record.
 *
 * @param outcome added, changed, unchanged, or skipped for want of consent or because staff have
 *        changed the record in the MIS since it was imported ({@link RowOutcome#CONFLICT})
 * @param message for a skipped row, why and what to do; empty otherwise
 */
public record ImportDecision(RowOutcome outcome, String message) {
    public ImportDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }
}
