package org.thrivemis.roster.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.roster.RosterSource;

/** Actors, clock and dataset paths shared by the roster tests. */
final class Fixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-06T08:00:00Z"), ZoneOffset.UTC);
    static final Actor OFFICE = new Actor("s-off", "Fran Office", Set.of(ThriveRole.OFFICE));
    static final Actor TEACHER = new Actor("s-tea", "Tom Teacher", Set.of(ThriveRole.TEACHER));

    private Fixtures() {
    }

    /** A folder under src/test/resources, e.g. {@code datasets/trust-bulk}. */
    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    static Map<String, Object> props(String id) {
        return Map.of(RosterSource.ID, id, RosterSource.LABEL, "Source " + id, RosterSource.KIND, "test");
    }
}
