package org.thrivemis.web.internal.impact;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the impact evaluation: the school (or, for a teacher, their classes) or one class.
 *
 * @param level "School" or "Class"
 * @param name e.g. "Whole school" or "Year 3 Oak"
 * @param withPlan pupils whose first plan has started
 * @param withoutPlan pupils with no plan (the comparison group)
 * @param planned attendance of the pupils with a plan, per phase
 * @param comparison attendance of the pupils without a plan over the same school days, per phase
 */
public record ImpactRow(String level, String name, int withPlan, int withoutPlan, Map<Phase, Figure> planned,
        Map<Phase, Figure> comparison) {
    public ImpactRow {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        planned = complete(planned);
        comparison = complete(comparison);
    }

    /** The figure of the pupils with a plan in a phase. */
    public Figure planned(Phase phase) {
        return planned.get(phase);
    }

    /** The figure of the comparison group in a phase. */
    public Figure comparison(Phase phase) {
        return comparison.get(phase);
    }

    private static Map<Phase, Figure> complete(Map<Phase, Figure> figures) {
        EnumMap<Phase, Figure> all = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            all.put(p, figures.getOrDefault(p, Figure.NONE));
        }
        return Map.copyOf(all);
    }
}
