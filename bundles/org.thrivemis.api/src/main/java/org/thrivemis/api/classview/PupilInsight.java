package org.thrivemis.api.classview;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.ProfileKind;

/**
 * One pupil's Thrive information as a class view shows it.
 *
 * @param pupilId host pupil id
 * @param profile the latest completed individual profile (baseline or behaviour), if any
 * @param group the latest completed group profile (what closing a screening round writes), if any
 * @param plan the pupil's active action plan, if any
 * @param needsBaseline whether the pupil was flagged as new to the school and has no completed baseline yet
 */
public record PupilInsight(String pupilId, Optional<ProfileSummary> profile, Optional<ProfileSummary> group,
        Optional<PlanSummary> plan, boolean needsBaseline) {

    public PupilInsight {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(plan, "plan");
    }

    /** Whether the latest individual profile puts the pupil below their age-expected stage. */
    public boolean belowAgeExpected() {
        return profile.map(ProfileSummary::belowAgeExpected).orElse(false);
    }

    /**
     * A completed profile in short.
     *
     * @param kind baseline, behaviour or group
     * @param assessedOn the date it describes
     * @param workingStage the earliest strand with gaps; empty when there are none
     * @param ageExpectedStage the stage expected for the pupil's age on that day
     * @param strandsWithGaps every strand with gaps, in strand order
     */
    public record ProfileSummary(ProfileKind kind, LocalDate assessedOn, Optional<Strand> workingStage,
            Strand ageExpectedStage, List<Strand> strandsWithGaps) {
        public ProfileSummary {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(assessedOn, "assessedOn");
            Objects.requireNonNull(workingStage, "workingStage");
            Objects.requireNonNull(ageExpectedStage, "ageExpectedStage");
            strandsWithGaps = List.copyOf(strandsWithGaps);
        }

        /** Whether the working stage is earlier than the age-expected stage. */
        public boolean belowAgeExpected() {
            return workingStage.map(w -> w.compareTo(ageExpectedStage) < 0).orElse(false);
        }
    }

    /**
     * An active action plan in short.
     *
     * @param planId store id
     * @param startDate when it started
     * @param reviewDate its next review
     */
    public record PlanSummary(long planId, LocalDate startDate, LocalDate reviewDate) {
        public PlanSummary {
            Objects.requireNonNull(startDate, "startDate");
            Objects.requireNonNull(reviewDate, "reviewDate");
        }
    }
}
