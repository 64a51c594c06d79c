package org.thrivemis.host.reference.internal.web.pupils;

/** A row of a GOV.UK summary list: what, and its value. */
public record SummaryRow(String key, String value) {
}
