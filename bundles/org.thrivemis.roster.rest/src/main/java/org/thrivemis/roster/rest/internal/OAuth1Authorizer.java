package org.thrivemis.roster.rest.internal;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/** Signs every request afresh with OAuth 1.0a: a new nonce and the current time each time. */
final class OAuth1Authorizer implements Authorizer {
    private final OAuth1Signer signer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OAuth1Authorizer(OAuth1Signer signer, Clock clock) {
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public String authorization(URI uri) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return signer.authorization("GET", uri, HexFormat.of().formatHex(nonce), clock.instant().getEpochSecond());
    }

    @Override
    public boolean renew() {
        // a signature has nothing cached: a 401 means the key or secret (or the clock) is wrong
        return false;
    }
}
