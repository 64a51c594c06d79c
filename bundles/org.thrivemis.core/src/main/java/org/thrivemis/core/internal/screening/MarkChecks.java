package org.thrivemis.core.internal.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.thrivemis.api.Problem;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.screening.Mark;
import org.thrivemis.api.screening.RoundMember;
import org.thrivemis.api.screening.RoundStatus;

/**
 * What makes a save of marks unacceptable, every problem at once: a closed round, a pupil not in
 * the round's snapshot, a pupil without current consent, a statement outside the pupil's band.
 */
final class MarkChecks {
    private MarkChecks() {
    }

    static List<Problem> problems(RoundView view, List<Mark> marks) {
        List<Problem> problems = new ArrayList<>();
        if (view.round().status() != RoundStatus.OPEN) {
            problems.add(new Problem("status", view.round().status().name(), "The round " + view.round().title()
                    + " is closed, so its marks no longer change"));
            return problems;
        }
        if (marks.isEmpty()) {
            problems.add(new Problem("marks", "", "Choose a level for at least one statement"));
        }
        for (Mark m : marks) {
            Optional<RoundMember> member = view.members().stream().filter(x -> x.pupilId().equals(m.pupilId()))
                    .findFirst();
            if (member.isEmpty()) {
                problems.add(new Problem("pupilId", m.pupilId(), "Pupil " + m.pupilId() + " is not in this round"
                        + " (its pupils are those in the class when it opened)"));
            } else if (!view.consented().contains(m.pupilId())) {
                problems.add(new Problem("pupilId", m.pupilId(), view.name(m.pupilId()) + " has no current parental"
                        + " consent, so cannot be screened: record consent on their Thrive tab first"));
            } else if (view.band(member.get()).stream().map(Statement::id).noneMatch(m.statementId()::equals)) {
                problems.add(new Problem("statementId", m.statementId(), "Statement " + m.statementId()
                        + " is not in the screening band of " + view.name(m.pupilId())));
            }
        }
        return problems;
    }
}
