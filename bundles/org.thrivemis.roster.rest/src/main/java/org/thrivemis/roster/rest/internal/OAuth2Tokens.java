package org.thrivemis.roster.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * OAuth 2 client credentials: asks the token URL for a bearer token (client id and secret in HTTP
 * Basic, RFC 6749 §2.3.1), keeps it until shortly before {@code expires_in} runs out, and drops it
 * when the provider answers 401 so the next request gets a new one.
 */
final class OAuth2Tokens implements Authorizer {
    /** Renew this long before expiry (or a tenth of the lifetime, if shorter) so no request meets a dying token. */
    private static final Duration MARGIN = Duration.ofSeconds(30);
    /** Lifetime assumed when the token response gives none. */
    private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Client client;
    private final URI tokenUri;
    private final String clientId;
    private final Secret clientSecret;
    private final String scope;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;
    private int fetched;

    OAuth2Tokens(Client client, URI tokenUri, String clientId, Secret clientSecret, String scope, Clock clock) {
        this.client = client;
        this.tokenUri = tokenUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scope = scope;
        this.clock = clock;
    }

    @Override
    public synchronized String authorization(URI uri) throws FetchFailure {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return "Bearer " + token;
    }

    @Override
    public synchronized boolean renew() {
        token = null;
        return true;
    }

    /** How many tokens were fetched, for tests and logs. */
    synchronized int fetched() {
        return fetched;
    }

    private void fetch() throws FetchFailure {
        String basic = Base64.getEncoder().encodeToString((form(clientId) + ":" + form(clientSecret.reveal()))
                .getBytes(StandardCharsets.UTF_8));
        String body = "grant_type=client_credentials" + (scope.isBlank() ? "" : "&scope=" + form(scope.strip()));
        Instant asked = clock.instant();
        Response response;
        try {
            response = client.target(tokenUri).request(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                    .post(Entity.entity(body, MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        } catch (ProcessingException e) {
            throw new FetchFailure(FetchFailure.Kind.UNREACHABLE, tokenUri, 0, "The token URL " + tokenUri
                    + " did not answer (" + HttpFetcher.cause(e) + "). Check the token URL and that the MIS"
                    + " server can reach the provider.");
        }
        try (response) {
            int status = response.getStatus();
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            if (status == 400 || status == 401 || status == 403) {
                throw new FetchFailure(FetchFailure.Kind.CREDENTIALS, tokenUri, status, "The token URL " + tokenUri
                        + " refused the client credentials (HTTP " + status + "). Check the client id and"
                        + " secret (and the scope) with the provider.");
            }
            if (status != 200) {
                throw new FetchFailure(FetchFailure.Kind.BAD_RESPONSE, tokenUri, status, "The token URL "
                        + tokenUri + " answered HTTP " + status + " instead of a token. Check the token URL;"
                        + " if it is right, the provider has a problem: try again later.");
            }
            JsonNode json = JSON.readTree(text);
            JsonNode accessToken = json == null ? null : json.get("access_token");
            if (accessToken == null || !accessToken.isTextual() || accessToken.asText().isBlank()) {
                throw new FetchFailure(FetchFailure.Kind.BAD_RESPONSE, tokenUri, status, "The token URL " + tokenUri
                        + " answered without an access_token. Check that it is the provider's OAuth 2 token"
                        + " endpoint.");
            }
            Duration lifetime = json.hasNonNull("expires_in") && json.get("expires_in").canConvertToLong()
                    && json.get("expires_in").asLong() > 0 ? Duration.ofSeconds(json.get("expires_in").asLong())
                            : DEFAULT_LIFETIME;
            Duration margin = lifetime.dividedBy(10).compareTo(MARGIN) < 0 ? lifetime.dividedBy(10) : MARGIN;
            token = accessToken.asText();
            renewAt = asked.plus(lifetime).minus(margin);
            fetched++;
        } catch (IOException | ProcessingException e) {
            throw new FetchFailure(FetchFailure.Kind.BAD_RESPONSE, tokenUri, 200, "The token URL " + tokenUri
                    + " answered with something that is not a JSON token response (" + HttpFetcher.cause(e)
                    + "). Check that it is the provider's OAuth 2 token endpoint.");
        }
    }

    private static String form(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
