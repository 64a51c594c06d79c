package org.thrivemis.web.internal.plan;

import java.util.List;
import java.util.Optional;
import org.thrivemis.web.internal.plan.PlanView.Line;

/**
 * A printable page about one pupil's plan: the home activities sheet or the support-meeting summary.
 *
 * @param title the page title and heading
 * @param stylesheet the GOV.UK Frontend stylesheet's address
 * @param school the school's name, if configured
 * @param pupilName the pupil's name
 * @param dateOfBirth the pupil's date of birth, formatted
 * @param backLink the Action plan tab the page was opened from, if known
 * @param plan the plan
 * @param stage working stage against the age-expected stage (summary only)
 * @param strands per-strand results of the assessment (summary only)
 */
public record PrintPage(String title, String stylesheet, Optional<String> school, String pupilName, String dateOfBirth,
        Optional<String> backLink, PlanView plan, Optional<String> stage, List<Line> strands) {
    public PrintPage {
        strands = List.copyOf(strands);
    }
}
