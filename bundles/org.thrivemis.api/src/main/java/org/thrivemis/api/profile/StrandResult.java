package org.thrivemis.api.profile;

import java.util.List;
import java.util.Objects;
import org.thrivemis.api.content.Strand;

/**
 * What an assessment says about one strand.
 *
 * @param strand the strand
 * @param statements how many statements the strand has in the pack
 * @param secure how many were marked secure
 * @param emerging how many emerging
 * @param notYet how many not yet (or not marked)
 * @param gaps the ids of the statements not secure: the strand's gaps, in pack order
 */
public record StrandResult(Strand strand, int statements, int secure, int emerging, int notYet, List<String> gaps) {
    public StrandResult {
        Objects.requireNonNull(strand, "strand");
        gaps = List.copyOf(gaps);
    }

    /** Whether the strand has unmet needs. */
    public boolean hasGaps() {
        // an imported strand result may say how many are secure without naming the gaps
        return !gaps.isEmpty() || secure < statements;
    }

    /** Share of the strand's statements that are secure, 0–100 (100 for a strand without statements). */
    public int percentSecure() {
        return statements == 0 ? 100 : Math.round(secure * 100f / statements);
    }
}
