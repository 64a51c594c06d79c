package org.thrivemis.host.reference.internal.web;

/**
 * The error pages the host shows, each with a status and words that tell staff what to do next.
 */
public enum HttpError {
    FORBIDDEN(403, "You cannot see this page",
            "Your account does not have permission for this page. If you need it for your work, ask your MIS administrator."),
    FORM_EXPIRED(403, "This form has expired",
            "Nothing was saved. Go back, reload the page and send the form again. Forms expire when you sign out "
                    + "or after a period without activity."),
    NOT_FOUND(404, "Page not found",
            "If you typed the web address, check it is correct. If you followed a link, the pupil, class or tab "
                    + "may no longer exist."),
    METHOD_NOT_ALLOWED(405, "This page does not accept forms",
            "Nothing was saved. Go back and use the page's own links and buttons."),
    SERVER_ERROR(500, "Sorry, there is a problem with the service",
            "Try again later. If it keeps happening, tell your MIS administrator what you were doing and when.");

    private final int status;
    private final String heading;
    private final String advice;

    HttpError(int status, String heading, String advice) {
        this.status = status;
        this.heading = heading;
        this.advice = advice;
    }

    public int status() {
        return status;
    }

    public String heading() {
        return heading;
    }

    public String advice() {
        return advice;
    }

    /** The error page for a status code set by someone else (e.g. another bundle's servlet). */
    public static HttpError forStatus(int status) {
        return switch (status) {
            case 401, 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            default -> SERVER_ERROR;
        };
    }
}
