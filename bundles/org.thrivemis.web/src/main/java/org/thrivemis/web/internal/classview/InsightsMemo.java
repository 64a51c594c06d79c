package org.thrivemis.web.internal.classview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thrivemis.api.Actor;
import org.thrivemis.api.classview.ClassInsights;
import org.thrivemis.api.classview.ClassViewRead;

/**
 * Shares one {@link ClassInsights#classView} read between our columns on one class page (consent,
 * Thrive stage, plan): the host asks each column in turn within the same request, so the second
 * and third columns find the first one's answer here instead of reading (and auditing) the class again. Answers live for a few seconds,
 * keyed by the member of staff and the exact pupils asked for, so nobody sees another's answer.
 */
public final class InsightsMemo {

    static final long TTL_NANOS = 5_000_000_000L;
    private static final int MAX_ENTRIES = 256;

    private record Key(String staffId, List<String> pupilIds) {
    }

    private record Entry(long at, ClassViewRead read) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** The class view of these pupils for the actor: from an answer of the last seconds, or read now. */
    public ClassViewRead read(ClassInsights service, Actor actor, List<String> pupilIds) {
        Key key = new Key(actor.userId() + "\u0000" + actor.roles(), List.copyOf(pupilIds));
        long now = System.nanoTime();
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && now - e.at < TTL_NANOS) {
                return e.read;
            }
        }
        // read outside the lock: 50 teachers' pages must not wait for each other
        ClassViewRead read = service.classView(actor, pupilIds);
        synchronized (entries) {
            entries.put(key, new Entry(now, read));
        }
        return read;
    }
}
