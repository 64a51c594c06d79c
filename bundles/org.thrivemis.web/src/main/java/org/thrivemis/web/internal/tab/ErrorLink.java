package org.thrivemis.web.internal.tab;

/**
 * One line of a GOV.UK error summary: the message, linking to the control to fix.
 *
 * @param href the fragment link, e.g. {@code #consent-personName}
 * @param message what is wrong and what to do
 */
public record ErrorLink(String href, String message) {
}
