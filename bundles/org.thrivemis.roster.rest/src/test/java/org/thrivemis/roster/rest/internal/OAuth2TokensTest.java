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
import org.thrivemis.roster.rest.testserver.Fault;
import org.thrivemis.roster.rest.testserver.OneRosterTestServer;
import org.thrivemis.roster.rest.testserver.RecordingSink;
import org.thrivemis.roster.rest.testserver.TestTrust;

/** OAuth 2 client credentials: one token per lifetime, a new one on expiry and once after a 401. */
class OAuth2TokensTest {
    private static final TestTrust TRUST = TestTrust.small();
    private OneRosterTestServer server;
    private SourceFixture fixture;

    @BeforeEach
    void start() throws Exception {
        server = new OneRosterTestServer(TRUST);
        fixture = new SourceFixture(server, "1.2", AuthScheme.OAUTH2_CLIENT_CREDENTIALS);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void oneTokenServesEveryRequestWhileItLasts() {
        OneRosterRestSource source = fixture.source();
        source.read(RosterRequest.full(), new RecordingSink());
        source.read(RosterRequest.full(), new RecordingSink());
        assertEquals(1, server.tokenRequests());
    }

    @Test
    void aTokenIsRenewedShortlyBeforeItExpires() {
        OneRosterRestSource source = fixture.source();
        source.read(RosterRequest.full(), new RecordingSink());
        fixture.clock.advance(Duration.ofMinutes(59).plusSeconds(40)); // inside the 30 s margin of a 1 h token
        RecordingSink sink = new RecordingSink();
        source.read(RosterRequest.full(), sink);
        assertEquals(List.of(), sink.issues);
        assertEquals(2, server.tokenRequests());
    }

    @Test
    void aTokenThatDiesEarlyIsRenewedOnceAfterA401() {
        // the provider claims an hour but forgets tokens after a few pages (as a restart would)
        OneRosterRestSource source = fixture.source();
        source.read(RosterRequest.full(), new RecordingSink());
        server.revokeTokens();
        RecordingSink sink = new RecordingSink();
        source.read(RosterRequest.full(), sink);
        assertEquals(List.of(), sink.issues);
        assertEquals(TRUST.currentPupils(), sink.pupils.size());
        assertEquals(2, server.tokenRequests());
        assertTrue(server.requests().stream().anyMatch(r -> r.startsWith("401 GET " + OneRosterTestServer.V12)));
    }

    @Test
    void tokensThatReallyExpireMidReadAreRenewed() {
        server.tokenLifetime(Duration.ofMillis(300), 3600);
        fixture.with("pageSize", 5);
        RecordingSink sink = new RecordingSink();
        fixture.source().read(RosterRequest.full(), sink);
        assertEquals(List.of(), sink.issues);
        assertEquals(TRUST.currentEnrollments(), sink.enrollments.size());
        assertTrue(server.tokenRequests() >= 2, "tokens fetched: " + server.tokenRequests());
    }

    @Test
    void a401WithAFreshTokenIsACredentialProblem() {
        server.inject("orgs", Fault.status(401));
        server.inject("orgs", Fault.status(401));
        RosterSourceException e = assertThrows(RosterSourceException.class,
                () -> fixture.source().read(RosterRequest.full(), new RecordingSink()));
        assertTrue(e.getMessage().contains("HTTP 401") && e.getMessage().contains("/orgs?"), e.getMessage());
        assertEquals(2, server.tokenRequests(), "renewed once, not in a loop");
    }

    @Test
    void refusedClientCredentialsNameTheTokenUrl() {
        fixture.with("_clientSecret", "wrong");
        RosterSourceException e = assertThrows(RosterSourceException.class,
                () -> fixture.source().read(RosterRequest.full(), new RecordingSink()));
        assertTrue(e.getMessage().contains(server.tokenUrl()) && e.getMessage().contains("HTTP 401")
                && e.getMessage().contains("client id and secret"), e.getMessage());
    }
}
