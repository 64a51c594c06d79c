package org.thrivemis.content.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.thrivemis.api.Problem;

/**
 * The outcome of reading a pack: the pack when it is valid, otherwise every problem found (each
 * {@link Problem#field()} is a JSON path such as {@code $.strands[2].statements[1].id}).
 */
record PackReading(Optional<org.thrivemis.api.content.ContentPack> pack, List<Problem> problems) {
    PackReading {
        Objects.requireNonNull(pack, "pack");
        problems = List.copyOf(problems);
        if (pack.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a reading has either a pack or problems, not both or neither");
        }
    }

    static PackReading refused(List<Problem> problems) {
        return new PackReading(Optional.empty(), problems);
    }

    /** One line per problem, "path: message", for logs and admins. */
    static String describe(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem p : problems) {
            text.append(System.lineSeparator()).append("  ").append(p.field()).append(": ").append(p.message());
        }
        return text.toString();
    }
}
