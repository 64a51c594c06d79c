package org.thrivemis.mis.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UpnTest {

    @Test
    void knownValidUpnFromTheDfeGuidanceIsAccepted() {
        assertTrue(Upn.isValid("B801200005001"));
        assertEquals('B', Upn.checkLetter("801200005001"));
    }

    @Test
    void wrongCheckLetterIsRefusedWithTheExpectedLetterNamed() {
        assertFalse(Upn.isValid("A801200005001"));
        assertEquals("the check letter should be B, not A", Upn.problem("A801200005001").orElseThrow());
    }

    @Test
    void checkLetterIsSumOfPositionTimesDigitModulo23() {
        // 9 at position 13 only: 9 * 13 = 117, 117 mod 23 = 2 -> C
        assertEquals('C', Upn.checkLetter("000000000009"));
        // all zero: 0 -> A
        assertEquals('A', Upn.checkLetter("000000000000"));
    }

    @Test
    void temporaryUpnUsesTheLettersIndexAsItsValue() {
        // body 80120000500 + 'B' (index 1): sum = 93 - 1*13 + 1*13 = 93 -> B
        String body = "80120000500B";
        char letter = Upn.checkLetter(body);
        assertTrue(Upn.isValid(letter + body));
        assertEquals(letter + body, Upn.withCheckLetter(body));
    }

    @Test
    void malformedTextIsExplained() {
        assertEquals("a UPN has 13 characters, this has 5", Upn.problem("B8012").orElseThrow());
        assertEquals("character 4 must be a digit", Upn.problem("B80X200005001").orElseThrow());
        assertFalse(Upn.isValid(null));
        assertFalse(Upn.isValid("B80120000500I"), "I is not in the check alphabet");
    }
}
