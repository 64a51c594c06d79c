package org.thrivemis.core.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.imports.ImportedProfile;
import org.thrivemis.api.imports.PupilIdentity;
import org.thrivemis.api.imports.StrandScore;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;

/**
 * A profile's digest is of the text earlier releases digested (strands in strand order, statements by
 * id), so ledgers they wrote still say "unchanged" for the same export, in whatever order it lists them.
 */
class DigestsTest {
    private static final PupilIdentity AMIRA = new PupilIdentity(Optional.of("A123"), Optional.empty(), "Amira",
            "Khan", Optional.empty());

    @Test
    void theDigestIsOfTheTextEarlierReleasesDigestedWhateverTheOrderInTheExport() throws Exception {
        ImportedProfile outOfOrder = new ImportedProfile(2, AMIRA, LocalDate.of(2025, 1, 10), ProfileKind.BASELINE,
                List.of(new StrandScore(Strand.THINKING, 30), new StrandScore(Strand.BEING, 80),
                        new StrandScore(Strand.DOING, 55)),
                Map.of("B2", Level.SECURE, "A1", Level.EMERGING));
        ImportedProfile inOrder = new ImportedProfile(9, AMIRA, LocalDate.of(2025, 1, 10), ProfileKind.BASELINE,
                List.of(new StrandScore(Strand.BEING, 80), new StrandScore(Strand.DOING, 55),
                        new StrandScore(Strand.THINKING, 30)),
                Map.of("A1", Level.EMERGING, "B2", Level.SECURE));
        String text = "profile\nBEING=80\nDOING=55\nTHINKING=30\nA1=EMERGING\nB2=SECURE\n";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);

        assertEquals(expected, Digests.of(outOfOrder));
        assertEquals(expected, Digests.of(inOrder));
    }
}
