package org.thrivemis.roster.rest.internal;

import jakarta.ws.rs.client.ClientBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.thrivemis.roster.rest.testserver.OneRosterTestServer;

/**
 * Builds {@link OneRosterRestSource}s pointed at a {@link OneRosterTestServer}, with plain Jersey
 * (outside OSGi {@code ClientBuilder.newBuilder()} finds it), a clock the test can move and a pause
 * that records waits instead of sleeping.
 */
final class SourceFixture {
    final OneRosterTestServer server;
    final MutableClock clock = new MutableClock();
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final Map<String, Object> config = new HashMap<>();

    SourceFixture(OneRosterTestServer server, String version, AuthScheme auth) {
        this.server = server;
        config.put("roster_source_id", "trust-rest");
        config.put("roster_source_label", "Trust OneRoster");
        config.put("baseUrl", server.baseUrl(version));
        config.put("version", version);
        config.put("auth", auth);
        config.put("consumerKey", OneRosterTestServer.CONSUMER_KEY);
        config.put("_consumerSecret", OneRosterTestServer.CONSUMER_SECRET);
        config.put("tokenUrl", server.tokenUrl());
        config.put("clientId", OneRosterTestServer.CLIENT_ID);
        config.put("_clientSecret", OneRosterTestServer.CLIENT_SECRET);
        config.put("pageSize", 20);
        config.put("connectTimeoutSeconds", 2);
        config.put("readTimeoutSeconds", 2);
        config.put("maxRetries", 2);
        config.put("maxWaitSeconds", 60);
    }

    SourceFixture with(String key, Object value) {
        config.put(key, value);
        return this;
    }

    OneRosterRestSource source() {
        Object settings;
        try {
            settings = RestSettings.of(TestConfig.of(config));
        } catch (IllegalArgumentException e) {
            settings = e.getMessage();
        }
        return new OneRosterRestSource(ClientBuilder.newBuilder(), settings, clock, d -> pauses.add(d));
    }
}
