package org.thrivemis.web.internal.classview;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.thrivemis.mis.api.ColumnCell;

/**
 * The attendance cells made in the last seconds, so a class page opened again soon (by the same or
 * another member of staff) does not summarise a year of registers per pupil again. Keyed by pupil and
 * "today", so a new day never shows yesterday's figures; an entry is used for at most the configured
 * seconds, which bounds how long a corrected register can show its old figures; at most
 * {@link #MAX_ENTRIES} pupils are kept (least recently used go first), some 15 MB. The cells hold only
 * the host's attendance, which the host shows on the same page, never Thrive data, so they are not
 * per viewer.
 */
final class RecentCells {

    static final int MAX_ENTRIES = 10_000;

    private record Key(String pupilId, LocalDate today) {
    }

    private record Entry(long at, ColumnCell cell) {
    }

    private final long ttlNanos;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** A memory keeping cells for {@code seconds} (0: none kept). */
    RecentCells(long seconds) {
        this.ttlNanos = Math.max(0, seconds) * 1_000_000_000L;
    }

    /** The cells still fresh among these pupils' on the day; pupils without one are absent. */
    Map<String, ColumnCell> fresh(Iterable<String> pupilIds, LocalDate today, long nowNanos) {
        Map<String, ColumnCell> found = new HashMap<>();
        if (ttlNanos == 0) {
            return found;
        }
        synchronized (entries) {
            for (String id : pupilIds) {
                Key key = new Key(id, today);
                Entry e = entries.get(key);
                if (e == null) {
                    continue;
                }
                if (nowNanos - e.at < ttlNanos) {
                    found.put(id, e.cell);
                } else {
                    entries.remove(key);
                }
            }
        }
        return found;
    }

    /** Keeps cells made now. */
    void keep(Map<String, ColumnCell> cells, LocalDate today, long nowNanos) {
        if (ttlNanos == 0) {
            return;
        }
        synchronized (entries) {
            cells.forEach((id, cell) -> entries.put(new Key(id, today), new Entry(nowNanos, cell)));
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
