package org.thrivemis.roster.rest.internal;

import java.net.URI;

/** Supplies the {@code Authorization} header of each request to the provider. */
interface Authorizer {

    /** The header value for a GET of {@code uri}. */
    String authorization(URI uri) throws FetchFailure;

    /**
     * Called once after a 401: drop what was cached (a bearer token) so the next header is fresh;
     * returns whether repeating the request can help (false for request signing, which has nothing
     * to renew).
     */
    boolean renew();
}
