package org.thrivemis.content.internal;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.thrivemis.api.Problem;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ContentPackService;

/**
 * The content pack in force. Starts with the sample pack; a configured pack file replaces it once it
 * passes validation. A refused pack changes nothing in force: its problems are logged (WARN) and
 * kept for {@link #lastRefusal()}, so staff keep working with the previous pack meanwhile.
 */
@Component(service = ContentPackService.class, configurationPid = ContentPackConfig.PID)
@Designate(ocd = ContentPackConfig.class)
public class ContentPackServiceImpl implements ContentPackService {
    private static final System.Logger LOG = System.getLogger(ContentPackServiceImpl.class.getName());

    /** What is in force and why the last configured file was refused, swapped as one. */
    private record State(ContentPack current, List<Problem> refusal) {
    }

    private final ContentPack sample;
    private volatile State state;
    /** Every pack in force since start, by "id version", so older assessments still read against theirs. */
    private final Map<String, ContentPack> known = new ConcurrentHashMap<>();

    @Activate
    public ContentPackServiceImpl(ContentPackConfig config) {
        this.sample = PackFiles.sample().pack().orElseThrow(
                () -> new IllegalStateException("the shipped sample pack is invalid"));
        this.state = new State(sample, List.of());
        known.put(key(sample.id(), sample.version()), sample);
        apply(config);
    }

    @Modified
    void modified(ContentPackConfig config) {
        apply(config);
    }

    @Override
    public ContentPack current() {
        return state.current();
    }

    @Override
    public List<Problem> lastRefusal() {
        return state.refusal();
    }

    @Override
    public Optional<ContentPack> pack(String id, String version) {
        return Optional.ofNullable(known.get(key(id, version)));
    }

    private static String key(String id, String version) {
        return id + " " + version;
    }

    private synchronized void apply(ContentPackConfig config) {
        String file = config.packFile() == null ? "" : config.packFile().strip();
        if (file.isEmpty()) {
            state = new State(sample, List.of());
            LOG.log(Level.INFO, "Thrive content pack: using the sample pack " + describe(sample));
            return;
        }
        PackReading reading = PackFiles.read(file);
        if (reading.pack().isPresent()) {
            ContentPack pack = reading.pack().get();
            state = new State(pack, List.of());
            known.put(key(pack.id(), pack.version()), pack);
            LOG.log(Level.INFO, "Thrive content pack: using " + describe(pack) + " from " + file);
        } else {
            ContentPack kept = state.current();
            state = new State(kept, reading.problems());
            LOG.log(Level.WARNING, "Thrive content pack " + file + " refused (" + reading.problems().size()
                    + " problems); still using " + describe(kept) + ":" + PackReading.describe(reading.problems()));
        }
    }

    private static String describe(ContentPack pack) {
        return "'" + pack.title() + "' (" + pack.id() + " " + pack.version() + ")";
    }
}
