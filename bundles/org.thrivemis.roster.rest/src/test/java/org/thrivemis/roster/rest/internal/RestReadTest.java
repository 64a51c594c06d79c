package org.thrivemis.roster.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.roster.Coverage;
import org.thrivemis.api.roster.EnrollmentRole;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterRead;
import org.thrivemis.api.roster.RosterRequest;
import org.thrivemis.api.roster.RosterRemoval;
import org.thrivemis.roster.rest.testserver.OneRosterTestServer;
import org.thrivemis.roster.rest.testserver.RecordingSink;
import org.thrivemis.roster.rest.testserver.TestTrust;

/** Full and delta reads of the test trust, for both OneRoster versions and every auth scheme. */
class RestReadTest {
    private static final TestTrust TRUST = TestTrust.small();
    private static OneRosterTestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new OneRosterTestServer(TRUST);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "OneRoster {0} with {1}")
    @CsvSource({ "1.1, OAUTH1_HMAC_SHA1", "1.1, OAUTH1_HMAC_SHA256", "1.2, OAUTH2_CLIENT_CREDENTIALS",
            "1.1, OAUTH2_CLIENT_CREDENTIALS", "1.2, OAUTH1_HMAC_SHA256" })
    void fullReadDeliversTheWholeTrust(String version, AuthScheme auth) {
        RecordingSink sink = new RecordingSink();
        RosterRead read = new SourceFixture(server, version, auth).source().read(RosterRequest.full(), sink);

        assertEquals(List.of(), sink.issues);
        for (RosterEntity e : RosterEntity.values()) {
            assertEquals(Coverage.BULK, read.of(e), e.name());
        }
        assertEquals(Set.of("sch-1", "sch-2"), ids(sink.schools.stream().map(s -> s.sourceId())));
        assertEquals(6, sink.classes.size());
        assertEquals(TRUST.currentPupils(), sink.pupils.size());
        assertEquals(TRUST.currentTeachers(), sink.staff.size());
        assertEquals(TRUST.currentEnrollments(), sink.enrollments.size());
        assertEquals(List.of(), sink.removals, "a full read has no removals; tobedeleted records are left out");

        RosterPupil p = sink.pupils.stream().filter(x -> x.sourceId().equals("stu-10")).findFirst().orElseThrow();
        assertEquals("Number10", p.familyName());
        assertEquals(List.of("sch-1"), p.schoolSourceIds(), "the trust (a district org) is not a school");
        assertTrue(p.upn().isPresent() && p.upn().get().length() == 13, "UPN from userIds: " + p.upn());
        assertEquals(Optional.of(LocalDate.of(2017, 9, 11)), p.dateOfBirth());
        assertTrue(sink.enrollments.stream().anyMatch(e -> e.role() == EnrollmentRole.TEACHER
                && e.classSourceId().equals("sch-2-cls-3") && e.begin().equals(Optional.of(LocalDate.of(2025, 9, 1)))));
        assertTrue(sink.pupils.get(0).origin().location().startsWith(server.baseUrl(version) + "/users?limit=20"),
                "each record says which page it came from: " + sink.pupils.get(0).origin());
    }

    @Test
    void pagesUntilAShortPageIgnoringTheTotalHeader() {
        int before = server.requests().size();
        new SourceFixture(server, "1.1", AuthScheme.OAUTH1_HMAC_SHA1).source().read(RosterRequest.full(),
                new RecordingSink());
        List<String> users = server.requests().subList(before, server.requests().size()).stream()
                .filter(r -> r.contains("/users?")).toList();
        // 97 users (91 pupils incl. deleted ones, 6 teachers) at 20 a page: offsets 0..80, the last page short
        assertEquals(5, users.size(), users.toString());
        assertTrue(users.get(4).contains("limit=20&offset=80"), users.get(4));
    }

    @Test
    void deltaAsksForChangesSinceAndReportsRemovals() {
        RecordingSink sink = new RecordingSink();
        Instant since = Instant.parse("2025-09-15T00:10:00Z"); // less the 10 minute overlap for clock skew
        RosterRead read = new SourceFixture(server, "1.2", AuthScheme.OAUTH2_CLIENT_CREDENTIALS).source()
                .read(new RosterRequest(Optional.of(since), Optional.empty()), sink);

        assertEquals(List.of(), sink.issues);
        for (RosterEntity e : RosterEntity.values()) {
            assertEquals(Coverage.DELTA, read.of(e), e.name());
        }
        assertTrue(server.requests().stream().anyMatch(r -> r.contains("/users?limit=20&offset=0&filter="
                + "dateLastModified%3E%272025-09-15T00%3A00%3A00Z%27")), server.requests().toString());
        assertEquals(List.of(), sink.schools);
        assertEquals(List.of("Year 1 Willow (1)"), sink.classes.stream().map(c -> c.title()).toList());
        assertEquals(TestTrust.NEW_PUPILS, sink.pupils.size());
        assertEquals(Set.of("stu-1", "stu-2", "stu-3"), ids(sink.removals.stream()
                .filter(r -> r.entity() == RosterEntity.PUPIL).map(RosterRemoval::sourceId)));
        assertEquals(Set.of("enr-stu-1", "enr-stu-2", "enr-stu-3"), ids(sink.removals.stream()
                .filter(r -> r.entity() == RosterEntity.ENROLLMENT).map(RosterRemoval::sourceId)));
        assertEquals(TestTrust.NEW_PUPILS, sink.enrollments.size());
    }

    private static Set<String> ids(java.util.stream.Stream<String> s) {
        return s.collect(Collectors.toSet());
    }
}
