package org.thrivemis.api.screening;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.ValidationException;

/**
 * Whole-group screening. Senior leads open, mark and close rounds for any class, class teachers for
 * the classes they teach; practitioners read. A pupil without current parental consent is on the
 * grid but cannot be marked. Every read and write is audited, per pupil where it concerns pupils.
 */
@ProviderType
public interface ScreeningService {

    /** The class's rounds, newest first. @throws AccessDeniedException, NotFoundException */
    List<ScreeningRound> rounds(Actor actor, String classId);

    /**
     * Opens the class's round for a term of the current academic year, snapshotting the pupils
     * enrolled today.
     *
     * @throws ValidationException when the class already has a round for that term, or no pupils
     * @throws AccessDeniedException, NotFoundException
     */
    ScreeningRound open(Actor actor, String classId, Term term);

    /** The round's grid. @throws AccessDeniedException, NotFoundException */
    ScreeningGrid grid(Actor actor, long roundId);

    /**
     * Saves marks into an open round. Marks equal to those stored change nothing.
     *
     * @param expectedVersion the round version the caller last saw
     * @throws ConflictException when another user changed one of these cells since that version;
     *         nothing is written
     * @throws ValidationException for pupils not in the round, without consent, statements outside
     *         their band, or a closed round; nothing is written
     */
    SaveResult saveMarks(Actor actor, long roundId, long expectedVersion, List<Mark> marks);

    /**
     * Closes an open round: every pupil with consent must be fully marked. Writes a completed GROUP
     * profile for each of them and returns the class profile.
     *
     * @throws ValidationException naming the pupils still unmarked
     * @throws ConflictException if the round changed since {@code expectedVersion}
     */
    ClassProfile close(Actor actor, long roundId, long expectedVersion);

    /** The class profile of a closed round. @throws ValidationException while it is open */
    ClassProfile profile(Actor actor, long roundId);

    /** The class profiles of the class's closed rounds in an academic year, in term order. */
    List<ClassProfile> year(Actor actor, String classId, int academicYear);
}
