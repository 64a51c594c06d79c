package org.thrivemis.imports.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.thrivemis.api.imports.FormatInfo;
import org.thrivemis.api.imports.ThriveOnlineImportFormat;

/**
 * The import formats installed now, by id. A format that goes away is marked gone, so a run
 * reading with it stops and fails cleanly instead of calling into a stopped bundle.
 */
final class FormatRegistry {
    private static final System.Logger LOG = System.getLogger(FormatRegistry.class.getName());

    private final Map<String, Entry> formats = new ConcurrentHashMap<>();

    /** One installed format. {@code gone} turns true when its service is unregistered. */
    static final class Entry {
        final String id;
        final String label;
        final ThriveOnlineImportFormat format;
        volatile boolean gone;

        Entry(String id, String label, ThriveOnlineImportFormat format) {
            this.id = id;
            this.label = label;
            this.format = format;
        }

        FormatInfo info() {
            return new FormatInfo(id, label);
        }
    }

    void add(ThriveOnlineImportFormat format, Map<String, Object> properties) {
        String id = String.valueOf(properties.getOrDefault(ThriveOnlineImportFormat.FORMAT_ID, "")).strip();
        if (id.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "An import format without " + ThriveOnlineImportFormat.FORMAT_ID
                    + " is ignored: {0}", format);
            return;
        }
        String label = String.valueOf(properties.getOrDefault(ThriveOnlineImportFormat.FORMAT_LABEL, id)).strip();
        Entry previous = formats.put(id, new Entry(id, label.isEmpty() ? id : label, format));
        if (previous != null && previous.format != format) {
            LOG.log(System.Logger.Level.WARNING, "Two import formats have the id {0}; the later one is used", id);
            previous.gone = true;
        }
    }

    void remove(ThriveOnlineImportFormat format) {
        formats.values().removeIf(e -> {
            if (e.format == format) {
                e.gone = true;
                return true;
            }
            return false;
        });
    }

    List<Entry> all() {
        return formats.values().stream().sorted(Comparator.comparing((Entry e) -> e.label).thenComparing(e -> e.id))
                .toList();
    }

    Optional<Entry> byId(String id) {
        return Optional.ofNullable(formats.get(id));
    }

    /** The installed formats that recognise the file. */
    List<Entry> recognising(String fileName, byte[] head) {
        return all().stream().filter(e -> {
            try {
                return e.format.recognises(fileName, head);
            } catch (RuntimeException ex) {
                // a third party's detection must not break the import page
                LOG.log(System.Logger.Level.WARNING, "Import format " + e.id + " failed to look at a file", ex);
                return false;
            }
        }).toList();
    }
}
