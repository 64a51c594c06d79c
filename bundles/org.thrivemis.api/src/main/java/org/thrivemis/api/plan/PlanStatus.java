package org.thrivemis.api.plan;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a plan is in its Plan-Do-Review cycle. A draft is prepared and activated; an active plan is
 * reviewed; a reviewed plan is continued (active again) or closed. A closed plan never changes.
 */
public enum PlanStatus {
    DRAFT("Draft"),
    ACTIVE("Active"),
    REVIEWED("Reviewed"),
    CLOSED("Closed");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    /** As shown to staff. */
    public String label() {
        return label;
    }

    /** The statuses a plan in this status may move to. */
    public Set<PlanStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(REVIEWED, CLOSED);
            // continuing after a review makes the plan active again for another cycle
            case REVIEWED -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    /** Whether a plan in this status may move to {@code target}. */
    public boolean canMoveTo(PlanStatus target) {
        return next().contains(target);
    }

    /** Whether targets, activities and notes may still be edited (drafts and active plans). */
    public boolean editable() {
        return this == DRAFT || this == ACTIVE;
    }
}
