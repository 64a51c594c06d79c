package org.thrivemis.roster.rest.internal;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceScope;
import org.osgi.service.metatype.annotations.Designate;
import org.thrivemis.api.roster.Coverage;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterRead;
import org.thrivemis.api.roster.RosterRequest;
import org.thrivemis.api.roster.RosterSink;
import org.thrivemis.api.roster.RosterSource;
import org.thrivemis.api.roster.RosterSourceException;
import org.thrivemis.api.roster.SyncIssue;

/**
 * A roster source reading a OneRoster 1.1/1.2 REST provider: orgs, users, classes and enrollments,
 * page by page, everything or (for a request with {@code changedSince}) only what changed. One
 * component per factory configuration; the configuration's {@code roster.source.id} and
 * {@code roster.source.label} become service properties, the secrets (dot-prefixed) never do.
 * The HTTP client comes from the REST whiteboard's prototype-scoped {@link ClientBuilder} service,
 * because {@code ClientBuilder.newClient()} cannot find Jersey inside OSGi.
 */
@Component(service = RosterSource.class, configurationPid = RestSourceConfig.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = RosterSource.KIND + "=" + OneRosterRestSource.KIND)
@Designate(ocd = RestSourceConfig.class, factory = true)
public class OneRosterRestSource implements RosterSource {
    static final String KIND = "oneroster-rest";
    /**
     * A delta asks for a little more than the time since the last sync: that time is the MIS
     * server's clock, dateLastModified the provider's, and a record seen twice does no harm.
     */
    static final Duration DELTA_OVERLAP = Duration.ofMinutes(10);
    private static final System.Logger LOG = System.getLogger(OneRosterRestSource.class.getName());

    private final Optional<RestSettings> settings;
    private final String problem;
    private final Client client;
    private final HttpFetcher fetcher;

    @Activate
    public OneRosterRestSource(@Reference(scope = ReferenceScope.PROTOTYPE) ClientBuilder builder,
            RestSourceConfig config) {
        this(builder, checked(config), Clock.systemUTC(), Pause.SLEEP);
    }

    OneRosterRestSource(ClientBuilder builder, Object settingsOrProblem, Clock clock, Pause pause) {
        if (settingsOrProblem instanceof RestSettings s) {
            this.settings = Optional.of(s);
            this.problem = "";
            this.client = builder.connectTimeout(s.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(s.readTimeout().toMillis(), TimeUnit.MILLISECONDS).build();
            Authorizer authorizer = s.auth() == AuthScheme.OAUTH2_CLIENT_CREDENTIALS
                    ? new OAuth2Tokens(client, s.tokenUri().orElseThrow(), s.clientId(), s.clientSecret(), s.scope(),
                            clock)
                    : new OAuth1Authorizer(new OAuth1Signer(s.consumerKey(), s.consumerSecret(), s.auth()), clock);
            this.fetcher = new HttpFetcher(client, authorizer, s.retry(), pause, clock);
        } else {
            // registered anyway, so the admin sees the source and the configuration problem in its report
            this.settings = Optional.empty();
            this.problem = String.valueOf(settingsOrProblem);
            this.client = null;
            this.fetcher = null;
            LOG.log(System.Logger.Level.WARNING, problem);
        }
    }

    private static Object checked(RestSourceConfig config) {
        try {
            return RestSettings.of(config);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Deactivate
    void close() {
        if (client != null) {
            client.close();
        }
    }

    @Override
    public RosterRead read(RosterRequest request, RosterSink sink) {
        if (settings.isEmpty()) {
            throw new RosterSourceException(problem);
        }
        if (request.upload().isPresent()) {
            throw new RosterSourceException("A OneRoster REST source reads from its provider, not from an uploaded"
                    + " file: run it without an upload, or use a OneRoster CSV source for the file.");
        }
        RestSettings s = settings.get();
        boolean delta = request.changedSince().isPresent();
        Coverage coverage = delta ? Coverage.DELTA : Coverage.BULK;
        Map<RosterEntity, Coverage> read = new EnumMap<>(RosterEntity.class);
        for (RosterEntity e : RosterEntity.values()) {
            read.put(e, coverage);
        }
        RecordMapper mapper = new RecordMapper(sink, delta, s.version());
        PageReader pages = new PageReader(fetcher, s.baseUri(), s.pageSize(),
                request.changedSince().map(t -> t.minus(DELTA_OVERLAP)), sink);
        try {
            // orgs first, so users' memberships of non-school orgs (districts, trusts) are known
            pages.read("orgs", mapper::org);
            pages.read("users", mapper::user);
            pages.read("classes", mapper::schoolClass);
            pages.read("enrollments", mapper::enrollment);
        } catch (FetchFailure f) {
            LOG.log(System.Logger.Level.WARNING, "OneRoster REST source {0}: {1}", s.id(), f.getMessage());
            if (f.kind() != FetchFailure.Kind.BAD_RESPONSE) {
                throw new RosterSourceException(f.getMessage());
            }
            // the read stopped part-way: an error, so the engine applies none of it
            sink.issue(SyncIssue.error(new Origin(f.uri().toString(), 0), "HTTP status",
                    f.status() == 0 ? "" : Integer.toString(f.status()), f.getMessage()));
        }
        return new RosterRead(read);
    }
}
