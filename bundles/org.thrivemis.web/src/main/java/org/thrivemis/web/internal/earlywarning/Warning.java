package org.thrivemis.web.internal.earlywarning;

/**
 * One pupil on the early-warning list, worded for the page.
 *
 * @param pupilId host pupil id
 * @param name the pupil's name
 * @param school the name of the pupil's school, for a viewer who covers several schools of a trust; else empty
 * @param href their Thrive tab
 * @param before attendance earlier this school year, e.g. "96.0%"
 * @param recent attendance in the recent weeks, e.g. "82.5%"
 * @param drop the drop, e.g. "13.5 points"
 * @param reason why Thrive suggests a look, e.g. "Gap in Doing, earlier than the age-expected Skills and structure"
 * @param dropValue the drop as a number (the list is sorted by it, largest first)
 */
public record Warning(String pupilId, String name, String school, String href, String before, String recent, String drop,
        String reason, double dropValue) {
}
