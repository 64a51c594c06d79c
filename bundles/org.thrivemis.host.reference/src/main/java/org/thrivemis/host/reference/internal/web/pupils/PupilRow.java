package org.thrivemis.host.reference.internal.web.pupils;

/**
 * A row of the pupil list.
 *
 * @param href the pupil record
 * @param name forename and surname
 * @param upn the UPN, or "Not known"
 * @param dateOfBirth UK format
 * @param yearGroup "Reception", "Year 3"
 * @param className the class the pupil is in today, or empty
 */
public record PupilRow(String href, String name, String upn, String dateOfBirth, String yearGroup, String className) {
}
