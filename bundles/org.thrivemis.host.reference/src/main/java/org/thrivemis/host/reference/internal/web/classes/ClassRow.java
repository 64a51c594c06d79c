package org.thrivemis.host.reference.internal.web.classes;

/**
 * A row of the class list.
 *
 * @param href the class register
 * @param name e.g. "Year 3 Oak"
 * @param school the name of the class's school
 * @param yearGroup e.g. "Year 3"
 * @param teachers the teachers' names
 * @param pupils pupils on roll today
 */
public record ClassRow(String href, String name, String school, String yearGroup, String teachers, int pupils) {
}
