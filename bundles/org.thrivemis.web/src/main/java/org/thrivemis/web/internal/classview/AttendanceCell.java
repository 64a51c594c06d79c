package org.thrivemis.web.internal.classview;

/**
 * A pupil's attendance cell.
 *
 * @param term this term's attendance, e.g. "92.5%", or "No sessions"
 * @param year this year's, likewise
 * @param persistentAbsence whether this year's is below 90%
 * @param legacyCodes whether withdrawn codes (H, J, Y) were counted with their old meaning
 * @param sparkline the weekly trend
 * @param termName e.g. "Spring term 2027"
 */
public record AttendanceCell(String term, String year, boolean persistentAbsence, boolean legacyCodes,
        Sparkline sparkline, String termName) {
}
