package org.thrivemis.roster.rest.internal;

/** How requests to a OneRoster provider are authorised. */
public enum AuthScheme {
    /** OAuth 1.0a request signing, HMAC-SHA1, consumer key and secret, no token. */
    OAUTH1_HMAC_SHA1,
    /** OAuth 1.0a request signing, HMAC-SHA256 (the 1EdTech-recommended variant). */
    OAUTH1_HMAC_SHA256,
    /** OAuth 2 client credentials grant: a bearer token from the token URL. */
    OAUTH2_CLIENT_CREDENTIALS
}
