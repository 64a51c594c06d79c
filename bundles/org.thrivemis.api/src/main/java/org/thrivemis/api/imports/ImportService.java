package org.thrivemis.api.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.Actor;

/**
 * Runs imports of Thrive-Online exports: the one pipeline for every installed format. A run first
 * reads the file as a dry run (the preview: what would be added, changed, left unchanged or skipped,
 * with every problem and ambiguity); the user then commits it, which reads the file again and
 * applies the differences in one transaction. Re-importing a file changes nothing. Both steps run in
 * the background; {@link #run} reports their progress. Office staff and senior leads may import;
 * every call is audited, allowed or denied.
 */
@ProviderType
public interface ImportService {

    /** The formats installed now, by label. */
    List<FormatInfo> formats();

    /**
     * Starts the preview of a file. The service owns the file from now on and deletes it when the run
     * ends (committed, refused, failed or superseded).
     *
     * @param fileName the name the user uploaded, for detection and the report
     * @param formatId the format the user chose; empty to detect it from the file
     * @throws org.thrivemis.api.AccessDeniedException if the actor may not import
     * @throws org.thrivemis.api.ValidationException when no installed format (or not the chosen one) fits
     */
    ImportRun start(Actor actor, Path file, String fileName, Optional<String> formatId);

    /** The run now: progress while it works, then its preview or result. @throws org.thrivemis.api.NotFoundException */
    ImportRun run(Actor actor, long runId);

    /** The latest runs, newest first. */
    List<ImportRun> recent(Actor actor, int limit);

    /**
     * Commits a previewed run in the background. A run whose preview found problems cannot be
     * committed: the user corrects the file and imports it again.
     *
     * @throws org.thrivemis.api.ValidationException if the run is not a preview ready to commit
     */
    ImportRun commit(Actor actor, long runId);

    /**
     * Writes the run's report: a CSV with one line per row of the file and its outcome, safe to open
     * in a spreadsheet (cells that would start a formula are prefixed with a single quote).
     *
     * @throws org.thrivemis.api.NotFoundException when the run has no report yet
     */
    void report(Actor actor, long runId, OutputStream out) throws IOException;
}
