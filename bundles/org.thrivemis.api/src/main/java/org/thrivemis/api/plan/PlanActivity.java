package org.thrivemis.api.plan;

import java.util.Objects;
import java.util.Optional;
import org.thrivemis.api.content.ActivitySetting;

/**
 * An activity of a plan, at school or at home.
 *
 * @param setting school or home (home activities go on the sheet for parents)
 * @param activityId the pack activity it was picked from; empty for one written by staff
 * @param text what to do, in plain words
 */
public record PlanActivity(ActivitySetting setting, Optional<String> activityId, String text) {
    public PlanActivity {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(text, "text");
    }
}
