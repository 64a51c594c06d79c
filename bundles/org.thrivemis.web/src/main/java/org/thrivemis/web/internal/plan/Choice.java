package org.thrivemis.web.internal.plan;

import java.util.Optional;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.Target;

/**
 * A target or activity as a checkbox value, {@code KIND|source id|text}, so a form posted back
 * carries exactly what was ticked, whether it came from the pack or the plan, without the tab
 * keeping state between requests. The domain validates it like any other input.
 */
final class Choice {

    private Choice() {
    }

    static String of(Target t) {
        return t.strand().name() + "|" + t.statementId().orElse("") + "|" + t.text();
    }

    static String of(PlanActivity a) {
        return a.setting().name() + "|" + a.activityId().orElse("") + "|" + a.text();
    }

    /** The target a checkbox value stands for; empty when it was tampered with. */
    static Optional<Target> target(String value) {
        String[] parts = value.split("\\|", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        return parse(Strand.class, parts[0]).map(s -> new Target(s, nonEmpty(parts[1]), parts[2]));
    }

    /** The activity a checkbox value stands for; empty when it was tampered with. */
    static Optional<PlanActivity> activity(String value) {
        String[] parts = value.split("\\|", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        return parse(ActivitySetting.class, parts[0]).map(s -> new PlanActivity(s, nonEmpty(parts[1]), parts[2]));
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
