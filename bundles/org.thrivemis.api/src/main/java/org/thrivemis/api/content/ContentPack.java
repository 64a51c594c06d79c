package org.thrivemis.api.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned content pack: every strand's statements and activities, and the screening bands.
 *
 * @param id pack id, e.g. {@code thrivemis-sample}
 * @param version pack version, e.g. {@code 1.0.0}; assessments record it
 * @param title as shown to staff
 * @param sample true for the sample pack we ship (the UI says so wherever its content shows)
 * @param strands one entry per strand, in strand order
 * @param screening the screening bands, by age
 */
public record ContentPack(String id, String version, String title, boolean sample, List<StrandContent> strands,
        List<ScreeningBand> screening) {
    public ContentPack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        strands = List.copyOf(strands);
        screening = List.copyOf(screening);
    }

    /** The content of one strand. */
    public StrandContent strand(Strand strand) {
        return strands.stream().filter(s -> s.strand() == strand).findFirst()
                .orElseThrow(() -> new IllegalStateException("pack " + id + " has no strand " + strand));
    }

    /** A statement by id, from the assessment statements or the screening bands. */
    public Optional<Statement> statement(String statementId) {
        return strands.stream().flatMap(s -> s.statements().stream()).filter(s -> s.id().equals(statementId)).findFirst()
                .or(() -> screening.stream().flatMap(b -> b.statements().stream())
                        .filter(s -> s.id().equals(statementId)).findFirst());
    }

    /** The screening band for an age in months, if the pack has one. */
    public Optional<ScreeningBand> screeningBand(int ageMonths) {
        return screening.stream().filter(b -> b.ages().contains(ageMonths)).findFirst();
    }

    /** The strand expected for an age in months: the latest strand whose expected ages have begun. */
    public Strand ageExpectedStrand(int ageMonths) {
        Strand expected = Strand.BEING;
        for (StrandContent s : strands) {
            if (ageMonths >= s.expectedAges().fromMonths() && s.strand().compareTo(expected) > 0) {
                expected = s.strand();
            }
        }
        return expected;
    }
}
