package org.thrivemis.api.imports;

import java.util.Objects;
import org.thrivemis.api.content.Strand;

/**
 * One strand's result in an exported profile: the share of the strand's statements that were
 * secure, as Thrive-Online reports it.
 *
 * @param strand the strand
 * @param percentSecure 0–100 (checked by the pipeline)
 */
public record StrandScore(Strand strand, int percentSecure) {
    public StrandScore {
        Objects.requireNonNull(strand, "strand");
    }
}
