package org.thrivemis.api.dataprotection;

import java.util.List;
import java.util.Objects;

/**
 * What a retention run did.
 *
 * @param plan the plan it carried out
 * @param reports one per pupil, in the plan's order
 */
public record RetentionResult(RetentionPlan plan, List<ErasureReport> reports) {
    public RetentionResult {
        Objects.requireNonNull(plan, "plan");
        reports = List.copyOf(reports);
    }
}
