package org.thrivemis.web.internal.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.thrivemis.api.Problem;
import org.thrivemis.web.internal.tab.ErrorLink;

/**
 * The problems of a plan or review form, for the GOV.UK error summary (each linking to the control
 * to fix) and the message beside each field group. Problems on an item of a list (e.g.
 * {@code targets[1].text}) are shown on the list's group ({@code targets}).
 *
 * @param links the summary's lines, in the order given
 * @param byGroup the first message per field group
 */
public record PlanErrors(List<ErrorLink> links, Map<String, String> byGroup) {

    public PlanErrors {
        links = List.copyOf(links);
        byGroup = Map.copyOf(byGroup);
    }

    static PlanErrors none() {
        return new PlanErrors(List.of(), Map.of());
    }

    /** The errors for these problems; {@code controlOf} names the control id a group's link goes to. */
    static PlanErrors of(List<Problem> problems, UnaryOperator<String> controlOf) {
        List<ErrorLink> links = new ArrayList<>();
        Map<String, String> byGroup = new LinkedHashMap<>();
        for (Problem p : problems) {
            String group = group(p.field());
            links.add(new ErrorLink("#" + controlOf.apply(group), p.message()));
            byGroup.putIfAbsent(group, p.message());
        }
        return new PlanErrors(links, byGroup);
    }

    /** The group of a field: the list's name for an item, e.g. {@code targets} for {@code targets[1].text}. */
    static String group(String field) {
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }

    /** The group's message, or {@code null} (jte then leaves the element out). */
    public String error(String group) {
        return byGroup.get(group);
    }

    /** The id of the group's error message, or {@code null} without one. */
    public String errorId(String group) {
        return byGroup.containsKey(group) ? "plan-" + group.replace('.', '-') + "-error" : null;
    }

    /** {@code aria-describedby} for a control with this hint (may be null): hint, then error. */
    public String describedBy(String group, String hintId) {
        String errorId = errorId(group);
        if (hintId == null) {
            return errorId;
        }
        return errorId == null ? hintId : hintId + " " + errorId;
    }

    /** The extra class marking a control or group as in error, with its leading space. */
    public String errorClass(String group, String modifier) {
        return byGroup.containsKey(group) ? " " + modifier : "";
    }
}
