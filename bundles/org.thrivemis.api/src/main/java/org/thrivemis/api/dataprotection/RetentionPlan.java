package org.thrivemis.api.dataprotection;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the retention policy would do today (a dry run changes nothing).
 *
 * @param action archive or erase
 * @param years the configured retention period
 * @param leftBefore pupils who left before this day are due
 * @param pupils the pupils due, longest gone first
 */
public record RetentionPlan(RetentionAction action, int years, LocalDate leftBefore, List<RetentionCandidate> pupils) {
    public RetentionPlan {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(leftBefore, "leftBefore");
        pupils = List.copyOf(pupils);
    }
}
