package org.thrivemis.roster.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Configuration of one OneRoster REST roster source (a factory configuration: one per provider).
 * The secrets are private properties (their names start with a dot), so Declarative Services never
 * copies them into service properties.
 */
@ObjectClassDefinition(name = "Thrive roster source: OneRoster REST",
        description = "A OneRoster 1.1 or 1.2 REST provider to sync the roster from, signed with OAuth 1.0a or"
                + " authorised with OAuth 2 client credentials.")
public @interface RestSourceConfig {
    String FACTORY_PID = "org.thrivemis.roster.rest";

    @AttributeDefinition(name = "Source id", description = "Unique id of this source, kept with every record it"
            + " supplies; never change it once synced (e.g. trust-oneroster).")
    String roster_source_id();

    @AttributeDefinition(name = "Name", description = "The name admins see, e.g. \"Trust OneRoster provider\".")
    String roster_source_label() default "OneRoster REST";

    @AttributeDefinition(name = "Sync every (minutes)", description = "Minutes between scheduled syncs of this"
            + " source; 0 to sync only when someone runs it from the admin page. After the first sync, runs ask"
            + " the provider only for what changed (dateLastModified filter).", min = "0")
    int roster_source_schedule_minutes() default 0;

    @AttributeDefinition(name = "Base URL", description = "The provider's OneRoster base URL, up to and without"
            + " the collection name, e.g. https://provider.example/ims/oneroster/v1p1 (1.1) or"
            + " https://provider.example/ims/oneroster/rostering/v1p2 (1.2). Providers differ here: copy it"
            + " from the provider's documentation.")
    String baseUrl() default "";

    @AttributeDefinition(name = "OneRoster version", description = "The version the provider speaks; it"
            + " decides how users' roles and organisations are read.", options = {
                    @Option(value = "1.1", label = "OneRoster 1.1"), @Option(value = "1.2", label = "OneRoster 1.2") })
    String version() default "1.1";

    @AttributeDefinition(name = "Authentication", description = "How requests are authorised: OAuth 1.0a"
            + " request signing with the consumer key and secret (1.0/1.1 providers), or an OAuth 2 bearer"
            + " token from the token URL with the client id and secret (1.2 providers, Groupcall Xporter).")
    AuthScheme auth() default AuthScheme.OAUTH1_HMAC_SHA1;

    @AttributeDefinition(name = "Consumer key", description = "OAuth 1.0a consumer key, from the provider.")
    String consumerKey() default "";

    @AttributeDefinition(name = "Consumer secret", type = AttributeType.PASSWORD, description = "OAuth 1.0a"
            + " consumer secret, from the provider. Never shown back, logged or published.")
    String _consumerSecret() default "";

    @AttributeDefinition(name = "Token URL", description = "OAuth 2 token endpoint, e.g."
            + " https://provider.example/oauth/token.")
    String tokenUrl() default "";

    @AttributeDefinition(name = "Client id", description = "OAuth 2 client id, from the provider.")
    String clientId() default "";

    @AttributeDefinition(name = "Client secret", type = AttributeType.PASSWORD, description = "OAuth 2 client"
            + " secret, from the provider. Never shown back, logged or published.")
    String _clientSecret() default "";

    @AttributeDefinition(name = "OAuth 2 scope", description = "Scopes to ask the token endpoint for, space"
            + " separated; leave empty when the provider needs none (1.2 providers may want"
            + " https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly).")
    String scope() default "";

    @AttributeDefinition(name = "Page size", description = "Records asked for per request (limit); 1 to 10000.")
    int pageSize() default 100;

    @AttributeDefinition(name = "Connect timeout (seconds)", description = "How long to wait for the provider"
            + " to accept a connection.")
    int connectTimeoutSeconds() default 10;

    @AttributeDefinition(name = "Read timeout (seconds)", description = "How long to wait for a response"
            + " before the request counts as failed and is retried.")
    int readTimeoutSeconds() default 60;

    @AttributeDefinition(name = "Retries", description = "How often a request that timed out, was rate limited"
            + " (429) or met a server error (5xx) is repeated before the sync gives up; 0 to 10.")
    int maxRetries() default 3;

    @AttributeDefinition(name = "Longest wait (seconds)", description = "Cap on the wait before a retry, both"
            + " for the growing back-off and for a provider's Retry-After.")
    int maxWaitSeconds() default 60;
}
