package org.thrivemis.imports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.imports.PupilIdentity;
import org.thrivemis.api.imports.RowOutcome;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.Upn;

/**
 * Finds the pupil an exported row is about, never guessing: a valid UPN first, then the host's id,
 * then surname + forename + date of birth only when exactly one pupil on roll has them. Built once
 * per run from the host's pupils on roll.
 */
final class PupilMatcher {

    /** The pupil found, or why none was: {@link RowOutcome#UNMATCHED} or {@link RowOutcome#AMBIGUOUS}. */
    record Match(Optional<Pupil> pupil, RowOutcome outcome, String reason) {
        static Match of(Pupil pupil) {
            return new Match(Optional.of(pupil), RowOutcome.ADDED, "");
        }

        static Match none(RowOutcome outcome, String reason) {
            return new Match(Optional.empty(), outcome, reason);
        }
    }

    private final Map<String, Pupil> byUpn = new HashMap<>();
    private final Map<String, Pupil> byId = new HashMap<>();
    private final Map<String, List<Pupil>> byNameAndBirth = new HashMap<>();

    PupilMatcher(List<Pupil> onRoll) {
        for (Pupil p : onRoll) {
            p.upn().ifPresent(u -> byUpn.put(u.toUpperCase(Locale.ROOT), p));
            byId.put(p.id(), p);
            byNameAndBirth.computeIfAbsent(nameKey(p.familyName(), p.givenName(), p.dateOfBirth()),
                    k -> new ArrayList<>(1)).add(p);
        }
    }

    /** The match; the UPN's check letter is validated before (an invalid UPN is a problem, not a miss). */
    Match match(PupilIdentity who) {
        Optional<Pupil> byUpnMatch = who.upn().map(u -> byUpn.get(u.toUpperCase(Locale.ROOT)));
        Optional<Pupil> byIdMatch = who.hostId().map(byId::get);
        if (byUpnMatch.isPresent() && byIdMatch.isPresent() && !byUpnMatch.get().id().equals(byIdMatch.get().id())) {
            return Match.none(RowOutcome.AMBIGUOUS, "The UPN is " + byUpnMatch.get().displayName()
                    + "'s but the MIS id is " + byIdMatch.get().displayName()
                    + "'s: correct one of them in the export");
        }
        if (byUpnMatch.isPresent()) {
            return Match.of(byUpnMatch.get());
        }
        if (byIdMatch.isPresent()) {
            return Match.of(byIdMatch.get());
        }
        if (who.dateOfBirth().isEmpty() || who.familyName().isBlank() || who.givenName().isBlank()) {
            return Match.none(RowOutcome.UNMATCHED, "No pupil on roll has "
                    + describe(who) + ", and without surname, forename and date of birth nothing else can match");
        }
        List<Pupil> same = byNameAndBirth.getOrDefault(nameKey(who.familyName(), who.givenName(),
                who.dateOfBirth().get()), List.of());
        if (same.size() == 1) {
            return Match.of(same.get(0));
        }
        if (same.size() > 1) {
            return Match.none(RowOutcome.AMBIGUOUS, same.size() + " pupils on roll are called " + who.givenName()
                    + " " + who.familyName() + " and born on the same day (MIS ids "
                    + String.join(", ", same.stream().map(Pupil::id).sorted().toList())
                    + "): add the UPN or MIS id to the row");
        }
        return Match.none(RowOutcome.UNMATCHED, "No pupil on roll has " + describe(who)
                + ": check the row against the MIS, or add the pupil to the MIS first");
    }

    private static String describe(PupilIdentity who) {
        List<String> parts = new ArrayList<>();
        who.upn().ifPresent(u -> parts.add("UPN " + u));
        who.hostId().ifPresent(i -> parts.add("MIS id " + i));
        if (!who.familyName().isBlank() || !who.givenName().isBlank()) {
            parts.add("the name " + (who.givenName() + " " + who.familyName()).strip()
                    + who.dateOfBirth().map(d -> " born " + d).orElse(""));
        }
        return parts.isEmpty() ? "no identity at all" : String.join(" or ", parts);
    }

    private static String nameKey(String surname, String forename, LocalDate born) {
        return surname.strip().toLowerCase(Locale.ROOT) + '\u0000' + forename.strip().toLowerCase(Locale.ROOT)
                + '\u0000' + born;
    }

    /** Whether a UPN given in a file is usable; the problem in words otherwise. */
    static Optional<String> upnProblem(String upn) {
        return Upn.problem(upn.toUpperCase(Locale.ROOT));
    }
}
