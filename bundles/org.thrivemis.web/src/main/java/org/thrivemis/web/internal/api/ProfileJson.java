package org.thrivemis.web.internal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.Profile;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;

/** The profile API's JSON bodies: an assessment with its result, and the 409 answer to a stale change. */
final class ProfileJson {
    private ProfileJson() {
    }

    /** One assessment, its levels and what follows from them. */
    record AssessmentJson(long id, String pupilId, ProfileKind kind, String reason, AssessmentStatus status,
            LocalDate assessedOn, String packId, String packVersion, Map<String, Level> levels, String assessorId,
            String assessorName, Instant updatedAt, String updatedBy, Instant completedAt, long version,
            ResultJson result, org.thrivemis.api.ImportOrigin imported) {
        static AssessmentJson of(Assessment a, ProfileResult r) {
            return new AssessmentJson(a.id(), a.pupilId(), a.kind(), a.reason(), a.status(), a.assessedOn(), a.packId(),
                    a.packVersion(), new TreeMap<>(a.levels()), a.assessorId(), a.assessorName(), a.updatedAt(),
                    a.updatedBy(), a.completedAt().orElse(null), a.version(), ResultJson.of(r),
                    a.imported().orElse(null));
        }

        static AssessmentJson of(Profile p) {
            return of(p.assessment(), p.result());
        }
    }

    /** Working stage (null when there are no gaps), age-expected stage and per-strand results. */
    record ResultJson(Strand workingStage, Strand ageExpectedStage, boolean belowAgeExpected, List<StrandJson> strands) {
        static ResultJson of(ProfileResult r) {
            return new ResultJson(r.workingStage().orElse(null), r.ageExpectedStage(), r.belowAgeExpected(),
                    r.strands().stream().map(StrandJson::of).toList());
        }
    }

    /** One strand's counts and gaps. */
    record StrandJson(Strand strand, int statements, int secure, int emerging, int notYet, int percentSecure,
            List<String> gaps) {
        static StrandJson of(StrandResult s) {
            return new StrandJson(s.strand(), s.statements(), s.secure(), s.emerging(), s.notYet(), s.percentSecure(),
                    s.gaps());
        }
    }

    /** 409: who saved meanwhile, and what differs from what the client sent. */

    /** Body of POST /pupils/{id}/profiles. A missing date means today. */
    record StartBody(ProfileKind kind, String reason, LocalDate assessedOn) {
    }

    /** Body of PUT /profiles/{aid}: statement id to level, merged into the draft. */
    record LevelsBody(Map<String, Level> levels) {
    }
}
