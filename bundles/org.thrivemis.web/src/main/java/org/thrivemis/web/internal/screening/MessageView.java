package org.thrivemis.web.internal.screening;

/** A page that only says something: a refusal, a missing round, a server error with its reference. */
public record MessageView(Page page, String text) {
}
