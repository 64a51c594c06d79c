package org.thrivemis.web.internal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.screening.ClassProfile;
import org.thrivemis.api.screening.GridPupil;
import org.thrivemis.api.screening.Mark;
import org.thrivemis.api.screening.PupilScreening;
import org.thrivemis.api.screening.RoundStatus;
import org.thrivemis.api.screening.SaveResult;
import org.thrivemis.api.screening.ScreeningGrid;
import org.thrivemis.api.screening.ScreeningRound;
import org.thrivemis.api.screening.Term;

/** The screening API's JSON shapes: absent values are {@code null}, never missing. */
final class ScreeningJson {
    private ScreeningJson() {
    }

    record RoundJson(long id, String classId, String className, int academicYear, Term term, RoundStatus status,
            String packId, String packVersion, LocalDate openedOn, String openedById, String openedBy,
            Instant updatedAt, String updatedBy, Instant closedAt, long version) {
        static RoundJson of(ScreeningRound r) {
            return new RoundJson(r.id(), r.classId(), r.className(), r.academicYear(), r.term(), r.status(),
                    r.packId(), r.packVersion(), r.openedOn(), r.openedById(), r.openedBy(), r.updatedAt(),
                    r.updatedBy(), r.closedAt().orElse(null), r.version());
        }
    }

    record StatementJson(String id, Strand strand, String text) {
    }

    record PupilJson(String pupilId, String name, boolean consent, List<String> statementIds, Map<String, Level> marks) {
        static PupilJson of(GridPupil p) {
            return new PupilJson(p.pupilId(), p.name(), p.consent(), p.statementIds(), p.marks());
        }
    }

    record GridJson(RoundJson round, List<StatementJson> statements, List<PupilJson> pupils, long completed,
            long markable) {
        static GridJson of(ScreeningGrid g) {
            return new GridJson(RoundJson.of(g.round()), g.statements().stream().map(s -> new StatementJson(s.id(),
                    s.strand(), s.text())).toList(), g.pupils().stream().map(PupilJson::of).toList(), g.completed(),
                    g.markable());
        }
    }

    record OpenBody(Term term) {
    }

    record MarksBody(List<Mark> marks) {
    }

    record SavedJson(long version, List<Mark> changedByOthers) {
        static SavedJson of(SaveResult r) {
            return new SavedJson(r.version(), r.changedByOthers());
        }
    }

    record CellJson(Strand strand, int statements, int secure, int percentSecure) {
    }

    record PupilResultJson(String pupilId, String name, boolean screened, List<CellJson> strands, Strand group,
            String groupLabel, boolean flagged, List<String> flagReasons) {
        static PupilResultJson of(ClassProfile profile, PupilScreening p) {
            List<CellJson> cells = profile.strands().stream().flatMap(s -> profile.cell(p, s).stream())
                    .map(r -> new CellJson(r.strand(), r.statements(), r.secure(), r.percentSecure())).toList();
            return new PupilResultJson(p.pupilId(), p.name(), p.screened(), cells,
                    p.allocation().flatMap(a -> a.group()).orElse(null),
                    p.allocation().map(a -> a.label()).orElse(null), p.flagged(), p.flagReasons());
        }
    }

    record ClassProfileJson(RoundJson round, List<Strand> strands, Map<Strand, Integer> classPercentSecure,
            List<PupilResultJson> pupils) {
        static ClassProfileJson of(ClassProfile p) {
            Map<Strand, Integer> pct = new java.util.EnumMap<>(Strand.class);
            p.strands().forEach(s -> p.percentSecure(s).ifPresent(v -> pct.put(s, v)));
            return new ClassProfileJson(RoundJson.of(p.round()), p.strands(), pct,
                    p.pupils().stream().map(x -> PupilResultJson.of(p, x)).toList());
        }
    }
}
