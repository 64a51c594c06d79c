package org.thrivemis.api.imports;

import java.io.IOException;
import java.io.InputStream;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One export format the import pipeline can read, contributed as an OSGi service by any bundle
 * (use {@link ImportFormat} for its properties). Callers never look formats up: the
 * {@link ImportService} picks one (detected or chosen by the user) and runs the pipeline, which
 * validates, matches pupils and stores what the format reads. A format only parses.
 */
@ConsumerType
public interface ThriveOnlineImportFormat {

    /** Service property: the format's stable id, e.g. {@code thrive-online-csv}. Required. */
    String FORMAT_ID = "thrive.import.format.id";

    /** Service property: the format's name as shown to office staff, e.g. "Thrive-Online CSV export". */
    String FORMAT_LABEL = "thrive.import.format.label";

    /**
     * Whether the file looks like this format, from its name and first bytes (at most
     * {@link #DETECT_BYTES}; fewer for a short file). Must be quick and must not throw.
     */
    boolean recognises(String fileName, byte[] head);

    /** How many leading bytes {@link #recognises} is given. */
    int DETECT_BYTES = 4096;

    /**
     * Streams the file's records, in file order, into the sink: never hold the whole file. A row
     * the format cannot read is reported with {@link ImportSink#problem} (line, field, value, what
     * to do) and reading goes on, so the user sees every problem at once. A problem that stops
     * reading altogether (wrong encoding, missing columns) is reported and then the method returns.
     *
     * @throws IOException when the file cannot be read
     */
    void read(InputStream in, ImportSink sink) throws IOException;
}
