package org.thrivemis.roster.rest.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.roster.RosterRequest;
import org.thrivemis.api.roster.RosterSourceException;
import org.thrivemis.roster.rest.testserver.Fault;
import org.thrivemis.roster.rest.testserver.OneRosterTestServer;
import org.thrivemis.roster.rest.testserver.RecordingSink;
import org.thrivemis.roster.rest.testserver.TestTrust;

/**
 * Whatever happens, neither secret appears in a log line (ours and Jersey's at every level, anyone's
 * at INFO and above), an issue, an exception or the settings' text.
 */
class NoSecretsTest {
    private static final List<String> FORMS = List.of(OneRosterTestServer.CONSUMER_SECRET,
            OneRosterTestServer.CLIENT_SECRET, OAuth1Signer.encode(OneRosterTestServer.CONSUMER_SECRET),
            OAuth1Signer.encode(OneRosterTestServer.CLIENT_SECRET), "s3cret",
            Base64.getEncoder().encodeToString(("trust-client:" + java.net.URLEncoder.encode(
                    OneRosterTestServer.CLIENT_SECRET, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));

    // the test server's and the client's threads log while the test reads: a list safe to iterate meanwhile
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            // The JDK's HttpURLConnection prints whole request headers (Authorization included) at FINE
            // on its own logger: wire debugging outside our control, left out here and in the README.
            if (r.getLevel().intValue() < Level.INFO.intValue() && String.valueOf(r.getLoggerName())
                    .startsWith("sun.net.www.protocol.http")) {
                return;
            }
            String text = r.getParameters() == null ? r.getMessage() : MessageFormat.format(r.getMessage(), r.getParameters());
            seen.add(text + (r.getThrown() == null ? "" : " " + r.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level rootLevel;
    private OneRosterTestServer server;

    @BeforeEach
    void listen() throws Exception {
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        server = new OneRosterTestServer(TestTrust.small());
    }

    @AfterEach
    void stop() {
        Logger root = Logger.getLogger("");
        root.removeHandler(capture);
        root.setLevel(rootLevel);
        server.close();
    }

    private void run(SourceFixture fixture) {
        RecordingSink sink = new RecordingSink();
        try {
            fixture.source().read(RosterRequest.full(), sink);
        } catch (RosterSourceException e) {
            seen.add(e.getMessage());
        }
        sink.issues.forEach(i -> seen.add(i.toString()));
        sink.progress.forEach(seen::add);
    }

    @Test
    void noSecretInLogsIssuesOrMessages() {
        for (AuthScheme auth : AuthScheme.values()) {
            run(new SourceFixture(server, "1.1", auth));
            server.inject("users", Fault.status(503));
            server.inject("users", Fault.of(Fault.Kind.TRUNCATED));
            run(new SourceFixture(server, "1.2", auth));
            server.inject("orgs", Fault.status(401));
            server.inject("orgs", Fault.status(401));
            run(new SourceFixture(server, "1.1", auth));
            run(new SourceFixture(server, "1.1", auth).with("pageSize", -1));
            seen.add(RestSettings.of(TestConfig.of(new SourceFixture(server, "1.1", auth).config)).toString());
        }
        server.inject("token", Fault.status(500));
        run(new SourceFixture(server, "1.2", AuthScheme.OAUTH2_CLIENT_CREDENTIALS).with("maxRetries", 0));
        run(new SourceFixture(server, "1.2", AuthScheme.OAUTH2_CLIENT_CREDENTIALS).with("_clientSecret", "s3cret-wrong"));

        assertTrue(seen.size() > 20, "the runs produced logs and messages to check: " + seen.size());
        assertTrue(seen.stream().anyMatch(s -> s.contains("HTTP 401")), "a credential failure was among them");
        for (String line : seen) {
            for (String secret : FORMS) {
                assertFalse(line.contains(secret), "secret " + secret + " leaked in: " + line);
            }
        }
    }
}
