package org.thrivemis.api.screening;

import java.util.List;

/**
 * The answer to a save of marks.
 *
 * @param version the round's version now: send it with the next save
 * @param changedByOthers marks others saved since the version the caller sent, so the caller's
 *        grid can show them before the next save
 */
public record SaveResult(long version, List<Mark> changedByOthers) {
    public SaveResult {
        changedByOthers = List.copyOf(changedByOthers);
    }
}
