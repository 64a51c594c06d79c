package org.thrivemis.roster.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.roster.RosterRequest;
import org.thrivemis.api.roster.RosterSourceException;
import org.thrivemis.api.roster.SyncIssue;
import org.thrivemis.roster.rest.testserver.Fault;
import org.thrivemis.roster.rest.testserver.OneRosterTestServer;
import org.thrivemis.roster.rest.testserver.RecordingSink;
import org.thrivemis.roster.rest.testserver.TestTrust;

/**
 * Every fault a provider throws at a sync: what passes is retried and the read completes; what does
 * not is reported with the URL and status, as an ERROR issue (so the engine applies nothing) or, when
 * the source cannot be read at all, a {@link RosterSourceException}.
 */
class RestFaultsTest {
    private static final TestTrust TRUST = TestTrust.small();
    private OneRosterTestServer server;
    private SourceFixture fixture;

    @BeforeEach
    void start() throws Exception {
        server = new OneRosterTestServer(TRUST);
        fixture = new SourceFixture(server, "1.1", AuthScheme.OAUTH1_HMAC_SHA1);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RecordingSink read() {
        RecordingSink sink = new RecordingSink();
        fixture.source().read(RosterRequest.full(), sink);
        return sink;
    }

    private void assertComplete(RecordingSink sink) {
        assertEquals(List.of(), sink.issues);
        assertEquals(TRUST.currentPupils(), sink.pupils.size());
        assertEquals(TRUST.currentEnrollments(), sink.enrollments.size());
    }

    /** One ERROR naming the URL of the collection and the status; nothing after it was read. */
    private SyncIssue assertFailed(RecordingSink sink, String collection, String status) {
        assertEquals(1, sink.errors().size(), sink.issues.toString());
        SyncIssue error = sink.errors().get(0);
        assertTrue(error.origin().location().startsWith(server.baseUrl("1.1") + "/" + collection + "?"), error.toString());
        assertTrue(error.message().contains(error.origin().location()), "the message names the URL: " + error);
        assertEquals("HTTP status", error.field());
        assertEquals(status, error.value());
        return error;
    }

    @Test
    void aResponseSlowerThanTheReadTimeoutIsRetried() {
        fixture.with("readTimeoutSeconds", 1);
        server.inject("users", Fault.delay(Duration.ofMillis(1500)));
        assertComplete(read());
        assertEquals(List.of(Duration.ofSeconds(1)), fixture.pauses, "one back-off before the retry");
    }

    @Test
    void aProviderThatNeverAnswersInTimeIsAnErrorNamingTheUrl() {
        fixture.with("readTimeoutSeconds", 1).with("maxRetries", 1);
        server.inject("classes", Fault.delay(Duration.ofMillis(1500)));
        server.inject("classes", Fault.delay(Duration.ofMillis(1500)));
        RecordingSink sink = read();
        SyncIssue e = assertFailed(sink, "classes", "");
        assertTrue(e.message().contains("did not answer in time") && e.message().contains("read timeout"), e.message());
        assertEquals(0, sink.enrollments.size(), "nothing after the failed collection is read");
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterInSeconds() {
        server.inject("users", Fault.tooManyRequests("7"));
        assertComplete(read());
        assertEquals(List.of(Duration.ofSeconds(7)), fixture.pauses);
    }

    @Test
    void tooManyRequestsWaitsUntilARetryAfterDateCapped() {
        fixture.with("maxWaitSeconds", 20);
        String inAnHour = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusHours(1));
        server.inject("orgs", Fault.tooManyRequests(inAnHour));
        assertComplete(read());
        assertEquals(List.of(Duration.ofSeconds(20)), fixture.pauses, "an hour's Retry-After is capped");
    }

    @Test
    void tooManyRequestsEveryTimeGivesUpWithTheStatus() {
        for (int i = 0; i < 3; i++) {
            server.inject("enrollments", Fault.tooManyRequests("1"));
        }
        SyncIssue e = assertFailed(read(), "enrollments", "429");
        assertTrue(e.message().contains("Gave up after 2 retries"), e.message());
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackOff() {
        server.inject("users", Fault.status(500));
        server.inject("users", Fault.status(503));
        assertComplete(read());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), fixture.pauses);
    }

    @Test
    void aServerErrorThatPersistsIsAnErrorWithItsStatus() {
        for (int i = 0; i < 3; i++) {
            server.inject("users", Fault.status(503));
        }
        RecordingSink sink = read();
        assertFailed(sink, "users", "503");
        assertEquals(0, sink.classes.size());
    }

    @Test
    void notFoundIsNotRetriedAndPointsAtTheBaseUrl() {
        server.inject("classes", Fault.status(404));
        SyncIssue e = assertFailed(read(), "classes", "404");
        assertTrue(e.message().contains("Check the base URL"), e.message());
        assertEquals(List.of(), fixture.pauses);
    }

    @Test
    void aWrongBaseUrlIsReportedWithTheUrl() {
        fixture.with("baseUrl", server.origin() + "/ims/oneroster/v9");
        RecordingSink sink = new RecordingSink();
        fixture.source().read(RosterRequest.full(), sink);
        assertEquals("404", sink.errors().get(0).value());
        assertTrue(sink.errors().get(0).message().contains(server.origin() + "/ims/oneroster/v9/orgs"));
    }

    @Test
    void truncatedJsonIsAnErrorNotAShortPage() {
        server.inject("users", Fault.of(Fault.Kind.TRUNCATED));
        RecordingSink sink = read();
        SyncIssue e = assertFailed(sink, "users", "200");
        assertTrue(e.message().contains("truncated"), e.message());
        assertEquals(0, sink.pupils.size(), "no pupil of a cut-off page is handed on");
    }

    @Test
    void malformedJsonIsAnError() {
        server.inject("orgs", Fault.of(Fault.Kind.MALFORMED));
        SyncIssue e = assertFailed(read(), "orgs", "200");
        assertTrue(e.message().contains("not valid JSON"), e.message());
    }

    @Test
    void aPageOfTheWrongShapeIsAnError() {
        server.inject("enrollments", Fault.of(Fault.Kind.WRONG_SHAPE));
        SyncIssue e = assertFailed(read(), "enrollments", "200");
        assertTrue(e.message().contains("expected a JSON object with an array \"enrollments\""), e.message());
    }

    @Test
    void unauthorisedIsACredentialProblemForTheWholeSource() {
        server.inject("orgs", Fault.status(401));
        RosterSourceException e = assertThrows(RosterSourceException.class, this::read);
        assertTrue(e.getMessage().contains(server.baseUrl("1.1") + "/orgs?") && e.getMessage().contains("HTTP 401")
                && e.getMessage().contains("consumer key and secret"), e.getMessage());
    }

    @Test
    void aWrongConsumerSecretIsRefusedByTheProvider() {
        fixture.with("_consumerSecret", "not-the-secret");
        RosterSourceException e = assertThrows(RosterSourceException.class, this::read);
        assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
    }

    @Test
    void forbiddenSaysToAskForAccess() {
        server.inject("users", Fault.status(403));
        RosterSourceException e = assertThrows(RosterSourceException.class, this::read);
        assertTrue(e.getMessage().contains("HTTP 403") && e.getMessage().contains("/users?"), e.getMessage());
    }

    @Test
    void anUnreachableProviderCannotBeReadAtAll() {
        String closed = server.baseUrl("1.1");
        server.close();
        fixture.with("baseUrl", closed).with("maxRetries", 1);
        RosterSourceException e = assertThrows(RosterSourceException.class, this::read);
        assertTrue(e.getMessage().contains(closed + "/orgs?") && e.getMessage().contains("could not be reached"),
                e.getMessage());
    }

    @Test
    void aBadConfigurationIsReportedFieldByFieldWhenRun() {
        fixture.with("baseUrl", "ftp://x").with("pageSize", 0).with("consumerKey", "");
        RosterSourceException e = assertThrows(RosterSourceException.class, this::read);
        assertTrue(e.getMessage().contains("baseUrl 'ftp://x'") && e.getMessage().contains("pageSize 0")
                && e.getMessage().contains("consumerKey is empty"), e.getMessage());
    }

    @Test
    void anUploadIsRefused() {
        RosterSourceException e = assertThrows(RosterSourceException.class, () -> fixture.source().read(
                new RosterRequest(java.util.Optional.empty(), java.util.Optional.of(java.nio.file.Path.of("x.zip"))),
                new RecordingSink()));
        assertTrue(e.getMessage().contains("OneRoster CSV source"), e.getMessage());
    }
}
