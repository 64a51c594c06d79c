package org.thrivemis.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.thrivemis.api.Actor;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.Viewer;

/** Small values for tests: viewers, pupils, consent records, and a role mapping by name. */
public final class Fixtures {

    /** Host role names are the Thrive role names in lower case, e.g. {@code office}. */
    public static final RoleMapping ROLES = (id, name, hostRoles) -> new Actor(id, name,
            hostRoles.stream().map(r -> ThriveRole.valueOf(r.toUpperCase(Locale.ROOT))).collect(Collectors.toSet()));

    private Fixtures() {
    }

    public static Viewer viewer(String... hostRoles) {
        return new Viewer("s1", "Sam Office", Set.of(hostRoles), Set.of(ThriveAccess.VIEW_PERMISSION));
    }

    public static Pupil pupil(String id) {
        return new Pupil(id, Optional.empty(), "Ada", "Lovelace", LocalDate.of(2018, 5, 1), "2");
    }

    public static ConsentRecord record(long id, ConsentDecision decision, LocalDate decidedOn, String person,
            ConsentScope... scopes) {
        return new ConsentRecord(id, "p1", decision, Set.copyOf(Arrays.asList(scopes)), person, Relationship.PARENT,
                decidedOn, "signed form in file", "s1", "Sam Office", Instant.parse("2026-06-01T13:05:00Z"));
    }
}
