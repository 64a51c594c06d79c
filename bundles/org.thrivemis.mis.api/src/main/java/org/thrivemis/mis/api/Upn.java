package org.thrivemis.mis.api;

import java.util.Optional;

/**
 * Unique Pupil Number (England and Wales): a check letter then 12 characters (3 local authority,
 * 4 establishment, 2 year, 3 serial); a temporary UPN ends in a letter. The check letter is the
 * sum of each character's value times its position (2…13), modulo 23, looked up in
 * {@value #ALPHABET}.
 */
public final class Upn {

    /** The check-letter alphabet: A–Z without I, O and S. */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private Upn() {
    }

    /** Whether the text is a well-formed UPN (permanent or temporary) with a correct check letter. */
    public static boolean isValid(String upn) {
        return problem(upn).isEmpty();
    }

    /** What is wrong with the text as a UPN, in words a user can act on; empty when it is valid. */
    public static Optional<String> problem(String upn) {
        if (upn == null || upn.length() != 13) {
            return Optional.of("a UPN has 13 characters, this has " + (upn == null ? 0 : upn.length()));
        }
        for (int i = 1; i < 12; i++) {
            if (!Character.isDigit(upn.charAt(i)) || upn.charAt(i) > '9') {
                return Optional.of("character " + (i + 1) + " must be a digit");
            }
        }
        char last = upn.charAt(12);
        if (!(last >= '0' && last <= '9') && ALPHABET.indexOf(last) < 0) {
            return Optional.of("the last character must be a digit, or a letter other than I, O or S");
        }
        char expected = checkLetter(upn.substring(1));
        if (upn.charAt(0) != expected) {
            return Optional.of("the check letter should be " + expected + ", not " + upn.charAt(0));
        }
        return Optional.empty();
    }

    /**
     * The check letter for the 12 characters after it.
     *
     * @throws IllegalArgumentException if the body is not 11 digits and a digit or check-alphabet letter
     */
    public static char checkLetter(String body) {
        if (body.length() != 12) {
            throw new IllegalArgumentException("UPN body must be 12 characters: " + body);
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = body.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (i == 11 && ALPHABET.indexOf(c) >= 0) {
                value = ALPHABET.indexOf(c);
            } else {
                throw new IllegalArgumentException("UPN body has '" + c + "' at position " + (i + 2));
            }
            sum += value * (i + 2);
        }
        return ALPHABET.charAt(sum % 23);
    }

    /** A full UPN for the 12-character body: its check letter followed by the body. */
    public static String withCheckLetter(String body) {
        return checkLetter(body) + body;
    }
}
