package org.thrivemis.core.internal.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.thrivemis.api.imports.ImportedPlan;
import org.thrivemis.api.imports.ImportedProfile;
import org.thrivemis.api.imports.StrandScore;
import org.thrivemis.api.plan.Target;

/**
 * A digest of what an imported record says (not of who it is about or where in the file it was),
 * so a re-import of the same content is recognised as unchanged and a change in any result,
 * statement, date or target as a change. SHA-256, first 128 bits in hex; the text digested is the one
 * earlier releases used, so ledgers written by them still compare.
 */
final class Digests {

    private Digests() {
    }

    static String of(ImportedProfile p) {
        StringBuilder text = new StringBuilder(96).append("profile\n");
        // strands in strand order (a stable sort: a strand given twice keeps its order), without a stream:
        // this runs for every row of a file of a million rows
        List<StrandScore> strands = p.strands();
        if (!inStrandOrder(strands)) {
            StrandScore[] sorted = strands.toArray(new StrandScore[0]);
            Arrays.sort(sorted, BY_STRAND);
            strands = Arrays.asList(sorted);
        }
        for (StrandScore s : strands) {
            text.append(s.strand().name()).append('=').append(s.percentSecure()).append('\n');
        }
        if (!p.statements().isEmpty()) {
            new TreeMap<>(p.statements()).forEach((id, level) -> text.append(id).append('=').append(level.name())
                    .append('\n'));
        }
        return digest(text);
    }

    private static final Comparator<StrandScore> BY_STRAND = (a, b) -> a.strand().compareTo(b.strand());

    private static boolean inStrandOrder(List<StrandScore> strands) {
        for (int i = 1; i < strands.size(); i++) {
            if (BY_STRAND.compare(strands.get(i - 1), strands.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    static String of(ImportedPlan p) {
        StringBuilder text = new StringBuilder("plan\n").append(p.reviewDate()).append('\n').append(p.status().name())
                .append('\n');
        for (Target t : p.targets()) {
            text.append(t.strand().name()).append('|').append(t.statementId().orElse("")).append('|')
                    .append(t.text().replace("\n", "\\n")).append('\n');
        }
        return digest(text);
    }

    /** One digest engine per thread: looking the algorithm up for every row of a large file shows in profiles. */
    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    private static String digest(CharSequence text) {
        MessageDigest sha = SHA.get();
        sha.reset();
        byte[] hash = sha.digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(hash, 0, 16);
    }
}
