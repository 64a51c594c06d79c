package org.thrivemis.api.store;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.screening.Mark;
import org.thrivemis.api.screening.RoundMember;
import org.thrivemis.api.screening.ScreeningRound;
import org.thrivemis.api.screening.Term;

/**
 * Screening rounds, their roster snapshots and marks. Each mark remembers the round version that
 * set it, so a save can tell which cells others changed since the version its caller saw.
 */
@ProviderType
public interface ScreeningRepository {

    /**
     * Stores a new round with its members (its id is ignored) and returns it with the id assigned.
     *
     * @throws StoreException also when the class already has a round for the term and year (unique key)
     */
    ScreeningRound insert(ScreeningRound round, List<RoundMember> members);

    Optional<ScreeningRound> find(long id);

    /** The round of a class for a term of an academic year, if there is one. */
    Optional<ScreeningRound> find(String classId, int academicYear, Term term);

    /** Every round of the class, newest first (academic year, then term, descending). */
    List<ScreeningRound> ofClass(String classId);

    /** The round's snapshot, in the order stored. */
    List<RoundMember> members(long roundId);

    /** The round's marks. */
    List<Mark> marks(long roundId);

    /** The marks set at a round version later than {@code version}. */
    List<Mark> marksSince(long roundId, long version);

    /**
     * Increments the round's version and sets its last-change fields, locking its row until the
     * transaction ends so saves of one round run one after the other.
     *
     * @return the round as now stored; empty when it does not exist
     */
    Optional<ScreeningRound> touch(long roundId, Instant at, String by);

    /** Inserts or replaces marks, recording {@code version} as the version that set them. */
    void putMarks(long roundId, long version, Collection<Mark> marks);

    /** Sets a round CLOSED with its closing time, if its version is still {@code expectedVersion}. */
    Optional<ScreeningRound> close(long roundId, long expectedVersion, Instant at, String by);

    /** Records which members closing screened (and gave a group profile). */
    void markScreened(long roundId, Collection<String> pupilIds);

    /** The members closing screened; empty while the round is open. */
    Set<String> screened(long roundId);

    /** For each member pupil: statement id to level (convenience over {@link #marks}). */
    default Map<String, Map<String, Level>> marksByPupil(long roundId) {
        Map<String, Map<String, Level>> by = new HashMap<>();
        for (Mark m : marks(roundId)) {
            by.computeIfAbsent(m.pupilId(), k -> new HashMap<>()).put(m.statementId(), m.level());
        }
        return by;
    }
}
