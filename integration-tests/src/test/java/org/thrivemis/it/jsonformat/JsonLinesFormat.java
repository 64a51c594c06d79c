package org.thrivemis.it.jsonformat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.imports.ImportSink;
import org.thrivemis.api.imports.ImportedProfile;
import org.thrivemis.api.imports.PupilIdentity;
import org.thrivemis.api.imports.StrandScore;
import org.thrivemis.api.imports.ThriveOnlineImportFormat;
import org.thrivemis.api.profile.ProfileKind;

/**
 * A third party's import format, as small as one can be: JSON lines, one flat object a profile
 * ({@code {"misId":"…","date":"2025-01-10","kind":"GROUP","being":80}}). Packed into a bundle of its
 * own inside the test, never into ours. When the system property {@value #PAUSE_AFTER}
 * is set it stops after that many records until the pipeline cancels it, so a test can catch an
 * import in progress.
 */
public final class JsonLinesFormat implements ThriveOnlineImportFormat {
    public static final String ID = "it-json-lines";
    public static final String PAUSE_AFTER = "thrivemis.it.jsonformat.pauseAfter";
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*(?:\"([^\"]*)\"|(-?\\d+))");

    @Override
    public boolean recognises(String fileName, byte[] head) {
        return fileName.endsWith(".jsonl") || head.length > 0 && head[0] == '{';
    }

    @Override
    public void read(InputStream in, ImportSink sink) throws IOException {
        long pauseAfter = Long.getLong(PAUSE_AFTER, -1);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        long line = 0;
        long records = 0;
        for (String text = lines.readLine(); text != null && !sink.cancelled(); text = lines.readLine()) {
            line++;
            Map<String, String> fields = new HashMap<>();
            Matcher m = FIELD.matcher(text);
            while (m.find()) {
                fields.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
            }
            try {
                sink.accept(new ImportedProfile(line, new PupilIdentity(Optional.empty(),
                        Optional.ofNullable(fields.get("misId")), "", "", Optional.empty()),
                        LocalDate.parse(fields.getOrDefault("date", "")), ProfileKind.valueOf(fields.getOrDefault(
                                "kind", "GROUP")), List.of(new StrandScore(Strand.BEING,
                                        Integer.parseInt(fields.getOrDefault("being", "0")))), Map.of()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                sink.problem(line, "date", fields.getOrDefault("date", ""), "Not a profile line: " + e.getMessage());
            }
            records++;
            if (records == pauseAfter) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!sink.cancelled() && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
                }
            }
        }
    }
}
