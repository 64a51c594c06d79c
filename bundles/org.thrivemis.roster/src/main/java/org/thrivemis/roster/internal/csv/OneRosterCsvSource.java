package org.thrivemis.roster.internal.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.thrivemis.api.roster.RosterRead;
import org.thrivemis.api.roster.RosterRequest;
import org.thrivemis.api.roster.RosterSink;
import org.thrivemis.api.roster.RosterSource;
import org.thrivemis.api.roster.RosterSourceException;

/**
 * A roster source reading a OneRoster CSV dataset (folder or ZIP) from its configured location,
 * or a ZIP uploaded for one run. One component per factory configuration; the configuration's
 * {@code roster.source.id} and {@code roster.source.label} become the service properties.
 */
@Component(service = RosterSource.class, configurationPid = CsvSourceConfig.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = RosterSource.KIND + "=" + OneRosterCsvSource.KIND)
@Designate(ocd = CsvSourceConfig.class, factory = true)
public class OneRosterCsvSource implements RosterSource {
    static final String KIND = "oneroster-csv";

    private final String location;
    private final CsvLimits limits;

    @Activate
    public OneRosterCsvSource(CsvSourceConfig config) {
        this(config.location(), new CsvLimits(config.max_field_chars(), CsvLimits.DEFAULT.maxRecordChars(),
                CsvLimits.DEFAULT.maxLinesPerRecord()));
    }

    OneRosterCsvSource(String location, CsvLimits limits) {
        this.location = location.strip();
        this.limits = limits;
    }

    @Override
    public Optional<String> fingerprint(RosterRequest request) {
        Path path = path(request);
        if (!Files.exists(path)) {
            return Optional.empty(); // the read reports it
        }
        try {
            return Optional.of(Fingerprint.of(path, limits));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path path(RosterRequest request) {
        if (request.upload().isPresent()) {
            return request.upload().get();
        }
        if (location.isEmpty()) {
            throw new RosterSourceException("This OneRoster CSV source has no location configured: set its"
                    + " location to a folder or ZIP file, or upload a ZIP.");
        }
        return Path.of(location);
    }

    @Override
    public RosterRead read(RosterRequest request, RosterSink sink) {
        Path path = path(request);
        try (CsvFiles files = CsvFiles.at(path)) {
            return new OneRosterCsvReader(files, limits, sink).read();
        } catch (IOException e) {
            throw new RosterSourceException("Cannot read the OneRoster dataset at " + path.getFileName() + ": "
                    + e.getMessage() + ". Check the file is complete and readable.", e);
        }
    }
}
