package org.thrivemis.api.screening;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.StrandResult;

/**
 * The class profile of a closed round: the strands screened (heat-map rows, in strand order) and
 * one outcome per pupil (heat-map columns).
 */
public record ClassProfile(ScreeningRound round, List<Strand> strands, List<PupilScreening> pupils) {
    public ClassProfile {
        Objects.requireNonNull(round, "round");
        strands = List.copyOf(strands);
        pupils = List.copyOf(pupils);
    }

    /** A heat-map cell: the pupil's result for the strand, empty if not screened or not in their band. */
    public Optional<StrandResult> cell(PupilScreening pupil, Strand strand) {
        return pupil.result().map(r -> r.strands().stream().filter(s -> s.strand() == strand && s.statements() > 0)
                .findFirst()).flatMap(o -> o);
    }

    /** The class's share of secure statements in a strand, 0–100, over screened pupils; empty if none. */
    public Optional<Integer> percentSecure(Strand strand) {
        int statements = 0;
        int secure = 0;
        for (PupilScreening p : pupils) {
            Optional<StrandResult> c = cell(p, strand);
            if (c.isPresent()) {
                statements += c.get().statements();
                secure += c.get().secure();
            }
        }
        return statements == 0 ? Optional.empty() : Optional.of(Math.round(secure * 100f / statements));
    }

    /** The pupils flagged for an individual profile. */
    public List<PupilScreening> flagged() {
        return pupils.stream().filter(PupilScreening::flagged).toList();
    }
}
