package org.thrivemis.host.reference.internal.web;

/**
 * Model of the error page.
 *
 * @param chrome page chrome
 * @param status HTTP status
 * @param heading what went wrong
 * @param advice what to do next
 */
public record ErrorPage(Chrome chrome, int status, String heading, String advice) {
}
