package org.thrivemis.api.plan;

import java.util.Objects;
import org.thrivemis.api.content.Strand;

/**
 * Progress on one target at a review. Carries the target's words as they were then, so the review
 * reads the same after the plan's targets are edited for the next cycle.
 */
public record TargetProgress(Strand strand, String target, Progress progress) {
    public TargetProgress {
        Objects.requireNonNull(strand, "strand");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(progress, "progress");
    }
}
