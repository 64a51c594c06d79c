package org.thrivemis.api.screening;

import java.util.Optional;
import org.thrivemis.api.content.Strand;

/**
 * The Thrive group a pupil attends after screening: the group of the earliest strand with a gap,
 * or none when every statement is secure (whole-class provision only).
 */
public record Allocation(Optional<Strand> group) {
    public Allocation {
        java.util.Objects.requireNonNull(group, "group");
    }

    /** E.g. "Doing group", or "Whole-class provision". */
    public String label() {
        return group.map(s -> s.label() + " group").orElse("Whole-class provision");
    }
}
