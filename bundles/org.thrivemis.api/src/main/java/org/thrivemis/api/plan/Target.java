package org.thrivemis.api.plan;

import java.util.Objects;
import java.util.Optional;
import org.thrivemis.api.content.Strand;

/**
 * One target of a plan, usually made from a gap of the assessment.
 *
 * @param strand the strand the target works on
 * @param statementId the pack statement (gap) it came from; empty for a target written by staff
 * @param text the target in words
 */
public record Target(Strand strand, Optional<String> statementId, String text) {
    public Target {
        Objects.requireNonNull(strand, "strand");
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(text, "text");
    }
}
