package org.thrivemis.core.internal.dataprotection;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The tokens that stand for an erased or archived pupil. Random, not a hash of the pupil id: a hash
 * of a short, guessable id could be reversed by trying every id.
 */
final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** A new token, e.g. {@code erased-3f9c…} (128 random bits). */
    static String next(String prefix) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return prefix + "-" + HexFormat.of().formatHex(bytes);
    }
}
