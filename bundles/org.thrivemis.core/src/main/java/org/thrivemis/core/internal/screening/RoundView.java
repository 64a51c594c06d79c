package org.thrivemis.core.internal.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.screening.ClassProfile;
import org.thrivemis.api.screening.GridPupil;
import org.thrivemis.api.screening.PupilScreening;
import org.thrivemis.api.screening.RoundMember;
import org.thrivemis.api.screening.ScreeningGrid;
import org.thrivemis.api.screening.ScreeningRound;

/**
 * A round as read from the store with what the service adds (names, consent, the pack), turned
 * into the grid or the class profile. Pure: no store, no audit.
 *
 * @param names pupil id to name (a pupil the host no longer knows is named by id)
 * @param consented the members whose consent is current
 */
record RoundView(ScreeningRound round, ContentPack pack, List<RoundMember> members, Map<String, Map<String, Level>> marks,
        Map<String, String> names, Set<String> consented) {

    String name(String pupilId) {
        return names.getOrDefault(pupilId, "Pupil " + pupilId + " (no longer on roll)");
    }

    List<Statement> band(RoundMember m) {
        return ScreeningRules.band(pack, m.ageMonths());
    }

    Map<String, Level> marksOf(String pupilId) {
        return marks.getOrDefault(pupilId, Map.of());
    }

    /** The grid: columns are every member band's statements, by strand, then in band order. */
    ScreeningGrid grid() {
        Map<String, Statement> columns = new LinkedHashMap<>();
        List<GridPupil> rows = new ArrayList<>();
        for (RoundMember m : members) {
            List<Statement> band = band(m);
            band.forEach(s -> columns.putIfAbsent(s.id(), s));
            rows.add(new GridPupil(m.pupilId(), name(m.pupilId()), consented.contains(m.pupilId()),
                    band.stream().map(Statement::id).toList(), marksOf(m.pupilId())));
        }
        List<Statement> ordered = new ArrayList<>(columns.values());
        ordered.sort(Comparator.comparing(Statement::strand)); // stable: band order within a strand
        return new ScreeningGrid(round, pack.sample(), ordered, rows);
    }

    /** A member's result if they are screened: consent current, a band, every statement marked. */
    Optional<ProfileResult> result(RoundMember m) {
        List<Statement> band = band(m);
        Map<String, Level> marks = marksOf(m.pupilId());
        boolean complete = band.stream().allMatch(s -> marks.containsKey(s.id()));
        if (!consented.contains(m.pupilId()) || band.isEmpty() || !complete) {
            return Optional.empty();
        }
        return Optional.of(ScreeningRules.result(pack, band, marks, m.ageMonths()));
    }

    /** The class profile: heat-map rows are the strands any member's band has statements in. */
    ClassProfile profile(ScreeningRules rules) {
        List<PupilScreening> pupils = new ArrayList<>();
        java.util.EnumSet<Strand> strands = java.util.EnumSet.noneOf(Strand.class);
        for (RoundMember m : members) {
            band(m).forEach(s -> strands.add(s.strand()));
            Optional<ProfileResult> result = result(m);
            pupils.add(new PupilScreening(m.pupilId(), name(m.pupilId()), result,
                    result.map(ScreeningRules::allocation), result.map(rules::flags).orElse(List.of())));
        }
        return new ClassProfile(round, List.copyOf(strands), pupils);
    }
}
