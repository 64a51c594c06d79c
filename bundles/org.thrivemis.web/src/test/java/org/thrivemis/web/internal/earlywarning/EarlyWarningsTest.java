package org.thrivemis.web.internal.earlywarning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.SchoolScope;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.classview.ClassInsights;
import org.thrivemis.api.classview.PupilInsight;
import org.thrivemis.api.classview.PupilInsight.ProfileSummary;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceMark.Session;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.School;
import org.thrivemis.mis.api.SchoolDirectory;

/** Who the early-warning list names, and that Thrive data is read only for pupils whose attendance dropped. */
class EarlyWarningsTest {
    private static final Actor SENIOR = new Actor("S4", "Claire", Set.of(ThriveRole.SENIOR_LEAD));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneId.of("Europe/London"));

    private final List<Collection<String>> read = new ArrayList<>();

    @Test
    void listsDroppedAttendanceWithAGapOrNoRecentProfileLargestDropFirst() {
        Map<String, PupilInsight> insights = Map.of(
                "GAP", new PupilInsight("GAP", Optional.of(new ProfileSummary(ProfileKind.BASELINE,
                        LocalDate.of(2026, 9, 20), Optional.of(Strand.DOING), Strand.SKILLS_AND_STRUCTURE,
                        List.of(Strand.DOING))), Optional.empty(), Optional.empty(), false),
                "NONE", new PupilInsight("NONE", Optional.empty(), Optional.empty(), Optional.empty(), false),
                "FINE", new PupilInsight("FINE", Optional.of(new ProfileSummary(ProfileKind.BASELINE,
                        LocalDate.of(2026, 10, 1), Optional.empty(), Strand.SKILLS_AND_STRUCTURE, List.of())),
                        Optional.empty(), Optional.empty(), false));
        EarlyWarnings warnings = warnings(insights, false);

        List<Warning> list = warnings.warnings(SENIOR);

        assertEquals(List.of("Gap Pupil", "None Pupil"), list.stream().map(Warning::name).toList());
        assertTrue(list.get(0).reason().startsWith("Gap in Doing, earlier than the age-expected Skills and structure"));
        assertEquals("No individual Thrive profile yet", list.get(1).reason());
        assertEquals("100.0%", list.get(0).before());
        assertEquals("50.0%", list.get(0).recent());
        assertEquals(Set.of("GAP", "NONE", "FINE"), Set.copyOf(read.get(0)),
                "Thrive data read only for the pupils whose attendance dropped, not STEADY");
        assertTrue(list.get(0).href().endsWith("/pupils/GAP?tab=thrive-profile"));
    }

    @Test
    void inATrustEachRowNamesTheSchoolAndAChosenSchoolKeepsToItsPupils() {
        PupilInsight none = new PupilInsight("x", Optional.empty(), Optional.empty(), Optional.empty(), false);
        Map<String, PupilInsight> insights = Map.of("GAP", none, "NONE", none, "FINE", none);
        EarlyWarnings warnings = warnings(insights, false);
        set(warnings, "schools", new TwoSchools());
        Actor trust = SENIOR;
        Actor northOnly = new Actor("S5", "Nora", Set.of(ThriveRole.SENIOR_LEAD), SchoolScope.only(Set.of("north")));

        List<Warning> all = warnings.warnings(trust);
        assertEquals(List.of("Fine Pupil North School", "Gap Pupil South School", "None Pupil North School"),
                all.stream().map(w -> w.name() + " " + w.school()).toList());
        assertEquals(List.of(new School("north", "North School"), new School("south", "South School")),
                warnings.schoolsOf(trust));

        assertEquals(List.of("Gap Pupil"), warnings.warnings(trust, "south").stream().map(Warning::name).toList());
        assertEquals(Set.of("GAP"), Set.copyOf(read.get(read.size() - 1)),
                "another school's pupils are not asked for, so their Thrive data is not read");

        List<Warning> north = warnings.warnings(northOnly);
        assertEquals(List.of("Fine Pupil", "None Pupil"), north.stream().map(Warning::name).toList());
        assertEquals(Set.of(""), north.stream().map(Warning::school).collect(java.util.stream.Collectors.toSet()),
                "one school covered: no school named");
        assertEquals(List.of(new School("north", "North School")), warnings.schoolsOf(northOnly));
        assertEquals(Set.of("NONE", "FINE"), Set.copyOf(read.get(read.size() - 1)));
    }

    @Test
    void aSingleSchoolHostNamesNoSchool() {
        EarlyWarnings warnings = warnings(Map.of("NONE", new PupilInsight("NONE", Optional.empty(), Optional.empty(),
                Optional.empty(), false)), false);

        assertEquals(List.of(""), warnings.warnings(SENIOR).stream().map(Warning::school).toList());
        assertEquals(List.of(), warnings.schoolsOf(SENIOR));
    }

    @Test
    void aLimitedActorWaitsForTheSchoolDirectoryAndNobodyElseDoes() {
        EarlyWarnings warnings = warnings(Map.of(), false);
        Actor waiting = new Actor("S5", "Nora", Set.of(ThriveRole.SENIOR_LEAD), SchoolScope.only(Set.of()));

        assertTrue(warnings.waitingForSchools(waiting), "a trust's host before its directory registers");
        assertEquals(false, warnings.waitingForSchools(SENIOR), "a single-school host: every school");
        set(warnings, "schools", new TwoSchools());
        assertEquals(false, warnings.waitingForSchools(waiting), "the directory is there: the actor covers none");
    }

    /** North: NONE, FINE, STEADY; South: GAP. */
    private static final class TwoSchools implements SchoolDirectory {
        @Override
        public List<School> schools() {
            return List.of(new School("north", "North School"), new School("south", "South School"));
        }

        @Override
        public Optional<String> schoolOfPupil(String pupilId) {
            return Optional.of(pupilId.equals("GAP") ? "south" : "north");
        }

        @Override
        public Optional<String> schoolOfClass(String classId) {
            return Optional.empty();
        }

        @Override
        public Set<String> schoolsOfStaff(String staffId) {
            return Set.of();
        }
    }

    @Test
    void theDomainsRefusalIsPassedOn() {
        EarlyWarnings warnings = warnings(Map.of(), true);
        assertThrows(AccessDeniedException.class,
                () -> warnings.warnings(new Actor("T", "Teacher", Set.of(ThriveRole.TEACHER))));
    }

    private EarlyWarnings warnings(Map<String, PupilInsight> insights, boolean refuse) {
        List<Pupil> pupils = List.of(pupil("GAP"), pupil("NONE"), pupil("FINE"), pupil("STEADY"));
        PupilDirectory directory = new PupilDirectory() {
            @Override
            public Optional<Pupil> pupil(String id) {
                return pupils.stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public List<Pupil> pupils(Collection<String> ids) {
                return pupils.stream().filter(p -> ids.contains(p.id())).toList();
            }

            @Override
            public List<Pupil> search(String text, int limit) {
                return List.of();
            }

            @Override
            public List<Pupil> all() {
                return pupils;
            }
        };
        ClassInsights classInsights = new ClassInsights() {
            @Override
            public Map<String, PupilInsight> insights(Actor actor, Collection<String> ids) {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.thrivemis.api.classview.ClassViewRead classView(Actor actor, Collection<String> ids) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Map<String, PupilInsight> wholeSchool(Actor actor, Collection<String> ids) {
                if (refuse) {
                    throw new AccessDeniedException("Only senior leads");
                }
                read.add(List.copyOf(ids));
                return insights;
            }
        };
        EarlyWarnings w = new EarlyWarnings(directory, (ids, from, to) -> {
            List<AttendanceMark> marks = new ArrayList<>();
            for (String id : ids) {
                // September and October present; the last 4 weeks half absent, except STEADY
                marks.add(new AttendanceMark(id, LocalDate.of(2026, 9, 14), Session.AM, "/"));
                marks.add(new AttendanceMark(id, LocalDate.of(2026, 10, 5), Session.AM, "/"));
                marks.add(new AttendanceMark(id, LocalDate.of(2026, 11, 16), Session.AM, "/"));
                marks.add(new AttendanceMark(id, LocalDate.of(2026, 11, 17), Session.AM, id.equals("STEADY") ? "\\" : "O"));
            }
            return marks;
        }, classInsights, config());
        w.modified(config());
        setClock(w);
        return w;
    }

    private static void setClock(EarlyWarnings w) {
        set(w, "clock", CLOCK);
    }

    /** Sets an optional reference as DS would. */
    private static void set(EarlyWarnings w, String name, Object value) {
        try {
            var field = EarlyWarnings.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(w, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Pupil pupil(String id) {
        String name = id.charAt(0) + id.substring(1).toLowerCase();
        return new Pupil(id, Optional.empty(), name, "Pupil", LocalDate.of(2018, 10, 1), "3");
    }

    private static EarlyWarningConfig config() {
        return new EarlyWarningConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EarlyWarningConfig.class;
            }

            @Override
            public double dropPoints() {
                return 5.0;
            }

            @Override
            public int recentWeeks() {
                return 4;
            }

            @Override
            public int profileMonths() {
                return 6;
            }
        };
    }
}
