package org.thrivemis.api.content;

import java.util.Objects;

/**
 * One statement a child is assessed or screened against, e.g. "Can name some feelings".
 *
 * @param id stable id within the pack (assessments store it), e.g. {@code being-03}
 * @param strand the strand it belongs to
 * @param text the statement as shown to staff
 */
public record Statement(String id, Strand strand, String text) {
    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strand, "strand");
        Objects.requireNonNull(text, "text");
    }
}
