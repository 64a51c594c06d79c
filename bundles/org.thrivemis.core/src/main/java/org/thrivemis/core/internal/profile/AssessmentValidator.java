package org.thrivemis.core.internal.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.thrivemis.api.Problem;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;

/**
 * The rules for starting, saving and completing an assessment, each reporting every problem at
 * once in form-field order, in GOV.UK error-message style.
 */
public final class AssessmentValidator {
    static final int REASON_MAX = 2000;

    private final Clock clock;

    public AssessmentValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Problems with starting a profile of a pupil born on {@code born}. */
    public List<Problem> start(ProfileKind kind, String reason, LocalDate assessedOn, LocalDate born) {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new Problem("kind", "", "Select the kind of profile: baseline or behaviour"));
        } else if (!kind.isIndividual()) {
            problems.add(new Problem("kind", kind.name(), "Group profiles come from whole-group screening rounds:"
                    + " start a baseline or behaviour profile here"));
        }
        String text = reason == null ? "" : reason.strip();
        if (kind == ProfileKind.BEHAVIOUR && text.isEmpty()) {
            problems.add(new Problem("reason", "", "Enter the reason for the referral"));
        } else if (text.length() > REASON_MAX) {
            problems.add(new Problem("reason", text.substring(0, 40) + "…", "Reason for the referral must be "
                    + REASON_MAX + " characters or fewer"));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problems.add(new Problem("reason", text, "Reason for the referral must not contain control characters"));
        }
        if (assessedOn == null) {
            problems.add(new Problem("assessedOn", "", "Enter the date of the profile"));
        } else if (assessedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("assessedOn", assessedOn.toString(), "Date of the profile must be today or in"
                    + " the past"));
        } else if (born != null && assessedOn.isBefore(born)) {
            problems.add(new Problem("assessedOn", assessedOn.toString(), "Date of the profile must be after the"
                    + " pupil's date of birth (" + born + ")"));
        }
        return problems;
    }

    /** Problems with saving these levels into the assessment: it must be a draft, the statements known. */
    public List<Problem> levels(Assessment assessment, ContentPack pack, Map<String, Level> levels) {
        List<Problem> problems = new ArrayList<>(draft(assessment));
        problems.addAll(samePack(assessment, pack));
        Set<String> known = statementIds(pack);
        List<String> unknown = levels.keySet().stream().filter(id -> !known.contains(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            problems.add(new Problem("levels", String.join(", ", unknown), "Unknown statement"
                    + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown) + ": they are not in content pack "
                    + pack.id() + " " + pack.version() + "; reload the profile and mark the statements it shows"));
        }
        return problems;
    }

    /** Problems with completing: a draft whose every statement has a level. */
    public List<Problem> completion(Assessment assessment, ContentPack pack) {
        List<Problem> problems = new ArrayList<>(draft(assessment));
        problems.addAll(samePack(assessment, pack));
        if (!problems.isEmpty()) {
            return problems;
        }
        List<Statement> unmarked = pack.strands().stream().map(StrandContent::statements).flatMap(List::stream)
                .filter(s -> !assessment.levels().containsKey(s.id())).toList();
        if (!unmarked.isEmpty()) {
            problems.add(new Problem("levels", unmarked.stream().map(Statement::id).collect(Collectors.joining(", ")),
                    "Choose a level for every statement before completing: " + unmarked.size() + " not marked yet ("
                            + unmarked.stream().map(s -> s.strand().label() + ": " + s.text())
                                    .collect(Collectors.joining("; ")) + ")"));
        }
        return problems;
    }

    private static List<Problem> draft(Assessment assessment) {
        if (assessment.status() != AssessmentStatus.DRAFT) {
            return List.of(new Problem("status", assessment.status().name(), "This profile was completed on "
                    + assessment.completedAt().map(Object::toString).orElse("an earlier date")
                    + " and can no longer change: start a new profile instead"));
        }
        return List.of();
    }

    /** A draft stays with the pack it was started with: another pack's statements would not match. */
    private static List<Problem> samePack(Assessment assessment, ContentPack pack) {
        if (!assessment.packId().equals(pack.id()) || !assessment.packVersion().equals(pack.version())) {
            return List.of(new Problem("pack", assessment.packId() + " " + assessment.packVersion(), "This draft was"
                    + " started with content pack " + assessment.packId() + " " + assessment.packVersion()
                    + ", but pack " + pack.id() + " " + pack.version() + " is now in force: start a new profile"));
        }
        return List.of();
    }

    static Set<String> statementIds(ContentPack pack) {
        return pack.strands().stream().flatMap(s -> s.statements().stream()).map(Statement::id)
                .collect(Collectors.toSet());
    }
}
