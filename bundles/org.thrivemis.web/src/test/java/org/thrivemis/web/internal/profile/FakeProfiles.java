package org.thrivemis.web.internal.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.content.AgeRange;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentService;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.Profile;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;

/**
 * A hand-written AssessmentService and ContentPackService for the web tests: a sample pack of two
 * statements per strand, assessments in a map, the version check of the real service (a stale
 * version is a conflict naming "Sam Senior") and a result computed the domain's way.
 */
public final class FakeProfiles implements AssessmentService, ContentPackService {
    public static final Instant NOW = Instant.parse("2025-03-10T09:30:00Z");
    public static final ContentPack PACK = pack();

    public final Map<Long, Assessment> stored = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();
    public RuntimeException startFailure;
    public RuntimeException completeFailure;
    private long nextId = 1;

    private static ContentPack pack() {
        int[][] ages = {{0, 6}, {6, 18}, {18, 36}, {36, 84}, {84, 144}, {144, 216}};
        List<StrandContent> strands = new ArrayList<>();
        for (Strand s : Strand.values()) {
            String p = s.name().toLowerCase();
            strands.add(new StrandContent(s, "Task of " + s.label(), new AgeRange(ages[s.ordinal()][0], ages[s.ordinal()][1]),
                    List.of(new Statement(p + "-1", s, s.label() + " statement one"),
                            new Statement(p + "-2", s, s.label() + " statement two")), List.of()));
        }
        return new ContentPack("sample", "1.0.0", "Sample content", true, strands, List.of());
    }

    /** Stores an assessment as if made earlier; every statement at {@code level} except those in {@code except}. */
    public Assessment seed(String pupilId, ProfileKind kind, String reason, LocalDate on, AssessmentStatus status, Level level,
            Map<String, Level> except) {
        Map<String, Level> levels = new HashMap<>();
        PACK.strands().forEach(s -> s.statements().forEach(st -> levels.put(st.id(), level)));
        levels.putAll(except);
        Assessment a = new Assessment(nextId++, pupilId, kind, reason, status, on, PACK.id(), PACK.version(), levels,
                "S-PRA", "Pat Practitioner", NOW, "Pat Practitioner",
                status == AssessmentStatus.COMPLETED ? Optional.of(NOW) : Optional.empty(), 1);
        stored.put(a.id(), a);
        return a;
    }

    @Override
    public Assessment start(Actor actor, String pupilId, ProfileKind kind, String reason, LocalDate assessedOn) {
        calls.add("start " + kind);
        if (startFailure != null) {
            throw startFailure;
        }
        Assessment a = new Assessment(nextId++, pupilId, kind, reason, AssessmentStatus.DRAFT, assessedOn, PACK.id(),
                PACK.version(), Map.of(), actor.userId(), actor.displayName(), NOW, actor.displayName(), Optional.empty(), 1);
        stored.put(a.id(), a);
        return a;
    }

    @Override
    public Assessment saveLevels(Actor actor, long assessmentId, long expectedVersion, Map<String, Level> levels) {
        calls.add("save " + assessmentId + " v" + expectedVersion + " " + new java.util.TreeMap<>(levels));
        Assessment a = get(actor, assessmentId);
        if (a.version() != expectedVersion) {
            throw new ConflictException("This profile", a.version(), "Sam Senior", NOW,
                    List.of("\"Being statement one\": Sam Senior saved Secure, you chose Not yet"));
        }
        Map<String, Level> merged = new HashMap<>(a.levels());
        merged.putAll(levels);
        Assessment saved = new Assessment(a.id(), a.pupilId(), a.kind(), a.reason(), a.status(), a.assessedOn(),
                a.packId(), a.packVersion(), merged, a.assessorId(), a.assessorName(), NOW, actor.displayName(),
                a.completedAt(), a.version() + 1);
        stored.put(a.id(), saved);
        return saved;
    }

    @Override
    public Assessment complete(Actor actor, long assessmentId, long expectedVersion) {
        calls.add("complete " + assessmentId + " v" + expectedVersion);
        if (completeFailure != null) {
            throw completeFailure;
        }
        Assessment a = get(actor, assessmentId);
        Assessment done = new Assessment(a.id(), a.pupilId(), a.kind(), a.reason(), AssessmentStatus.COMPLETED,
                a.assessedOn(), a.packId(), a.packVersion(), a.levels(), a.assessorId(), a.assessorName(), NOW,
                actor.displayName(), Optional.of(NOW), a.version() + 1);
        stored.put(a.id(), done);
        return done;
    }

    @Override
    public Assessment get(Actor actor, long assessmentId) {
        Assessment a = stored.get(assessmentId);
        if (a == null) {
            throw new NotFoundException("There is no profile with id " + assessmentId);
        }
        return a;
    }

    @Override
    public List<Profile> history(Actor actor, String pupilId) {
        return stored.values().stream().filter(a -> a.pupilId().equals(pupilId))
                .sorted((x, y) -> y.assessedOn().compareTo(x.assessedOn()))
                .map(a -> new Profile(a, result(a))).toList();
    }

    @Override
    public ProfileResult result(Assessment a) {
        List<StrandResult> strands = new ArrayList<>();
        Optional<Strand> working = Optional.empty();
        for (StrandContent c : PACK.strands()) {
            int secure = 0;
            int emerging = 0;
            List<String> gaps = new ArrayList<>();
            for (Statement s : c.statements()) {
                Level l = a.levels().get(s.id());
                if (l == Level.SECURE) {
                    secure++;
                } else {
                    gaps.add(s.id());
                    emerging += l == Level.EMERGING ? 1 : 0;
                }
            }
            strands.add(new StrandResult(c.strand(), 2, secure, emerging, 2 - secure - emerging, gaps));
            if (working.isEmpty() && !gaps.isEmpty()) {
                working = Optional.of(c.strand());
            }
        }
        return new ProfileResult(strands, working, Strand.POWER_AND_IDENTITY);
    }

    @Override
    public ContentPack current() {
        return PACK;
    }

    @Override
    public List<Problem> lastRefusal() {
        return List.of();
    }
}
