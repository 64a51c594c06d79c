package org.thrivemis.imports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.thrivemis.api.Actor;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.api.content.AgeRange;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.imports.ImportRun;
import org.thrivemis.api.imports.ImportStatus;
import org.thrivemis.api.imports.ThriveOnlineImportFormat;
import org.thrivemis.imports.csv.internal.CsvFormatConfig;
import org.thrivemis.imports.csv.internal.ThriveOnlineCsvFormat;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.Upn;

/**
 * A school to import into: the real store on H2, a few pupils on roll (two of them twins with the same
 * name and birthday), consent given for all but one, a small content pack, and the import service
 * with our CSV format, on a fixed clock (today is 1 June 2025).
 */
final class ImportFixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final Actor OFFICE = new Actor("o1", "Olu Office", Set.of(ThriveRole.OFFICE));
    static final String AMIRA_UPN = Upn.withCheckLetter("801200005001");
    static final String BEN_UPN = Upn.withCheckLetter("801200005002");
    static final String HEADER = "Record type,UPN,MIS ID,Forename,Surname,Date of birth,Profile date,Profile type,"
            + "Being,Doing,Thinking,Power and identity,Skills and structure,Interdependence,Statements,Plan start,"
            + "Review date,Plan status,Targets";
    static final List<Pupil> PUPILS = List.of(
            new Pupil("p-1", Optional.of(AMIRA_UPN), "Amira", "Khan", LocalDate.of(2016, 3, 4), "3"),
            new Pupil("p-2", Optional.of(BEN_UPN), "Ben", "Jones", LocalDate.of(2015, 9, 10), "4"),
            new Pupil("p-3", Optional.empty(), "Sam", "Lee", LocalDate.of(2016, 1, 1), "3"),
            new Pupil("p-4", Optional.empty(), "Sam", "Lee", LocalDate.of(2016, 1, 1), "3"),
            new Pupil("p-5", Optional.empty(), "Cara", "Doe", LocalDate.of(2016, 5, 5), "3"),
            new Pupil("p-6", Optional.empty(), "Dev", "Patel", LocalDate.of(2016, 7, 7), "3"));

    final Path dir;
    final TestStore store;
    final ImportServiceImpl service;
    final ThriveOnlineCsvFormat csv = new ThriveOnlineCsvFormat(defaults());

    ImportFixture(Path dir) {
        this.dir = dir;
        this.store = new TestStore(dir.resolve("db"));
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        this.service = new ImportServiceImpl(store.store, directory(PUPILS), content(),
                new org.thrivemis.core.internal.imports.ImportWriterImpl(content(), clock), clock);
        service.addFormat(csv, Map.of(ThriveOnlineImportFormat.FORMAT_ID, "thrive-online-csv",
                ThriveOnlineImportFormat.FORMAT_LABEL, "Thrive-Online CSV export"));
        for (String pupil : List.of("p-1", "p-2", "p-3", "p-4", "p-6")) {
            giveConsent(pupil);
        }
    }

    static final ContentPack PACK = new ContentPack("test-pack", "1.0.0", "Test pack", true, List.of(
            strand(Strand.BEING, "being-01", "being-02"), strand(Strand.DOING, "doing-01"),
            strand(Strand.THINKING), strand(Strand.POWER_AND_IDENTITY), strand(Strand.SKILLS_AND_STRUCTURE),
            strand(Strand.INTERDEPENDENCE)), List.of());

    private static StrandContent strand(Strand strand, String... statements) {
        List<Statement> list = new ArrayList<>();
        for (String id : statements) {
            list.add(new Statement(id, strand, "Statement " + id));
        }
        return new StrandContent(strand, strand.label(), new AgeRange(0, 216), list, List.of());
    }

    static ContentPackService content() {
        return new ContentPackService() {
            @Override
            public ContentPack current() {
                return PACK;
            }

            @Override
            public List<Problem> lastRefusal() {
                return List.of();
            }
        };
    }

    /** The CSV format as a school configured it: properties such as {@code column.upn} renamed. */
    void useMapping(Map<String, String> properties) {
        service.removeFormat(csv);
        CsvFormatConfig config = (CsvFormatConfig) Proxy.newProxyInstance(ImportFixture.class.getClassLoader(),
                new Class<?>[] {CsvFormatConfig.class}, (proxy, method, args) -> method.getName().equals(
                        "annotationType") ? CsvFormatConfig.class : properties.getOrDefault(
                                method.getName().replace('_', '.'), (String) null) != null
                                        ? properties.get(method.getName().replace('_', '.'))
                                        : method.getDefaultValue());
        service.addFormat(new ThriveOnlineCsvFormat(config), Map.of(ThriveOnlineImportFormat.FORMAT_ID,
                "thrive-online-csv", ThriveOnlineImportFormat.FORMAT_LABEL, "Thrive-Online CSV export"));
    }

    static CsvFormatConfig defaults() {
        return (CsvFormatConfig) Proxy.newProxyInstance(ImportFixture.class.getClassLoader(),
                new Class<?>[] {CsvFormatConfig.class}, (proxy, method, args) -> method.getName().equals(
                        "annotationType") ? CsvFormatConfig.class : method.getDefaultValue());
    }

    static PupilDirectory directory(List<Pupil> pupils) {
        return new PupilDirectory() {
            @Override
            public Optional<Pupil> pupil(String id) {
                return pupils.stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public List<Pupil> pupils(Collection<String> ids) {
                return pupils.stream().filter(p -> ids.contains(p.id())).toList();
            }

            @Override
            public List<Pupil> search(String text, int limit) {
                return pupils.stream().limit(limit).toList();
            }

            @Override
            public List<Pupil> all() {
                return pupils;
            }
        };
    }

    void giveConsent(String pupilId) {
        store.store.write(tx -> tx.consents().insert(new ConsentRecord(0, pupilId, ConsentDecision.GIVEN,
                EnumSet.allOf(ConsentScope.class), "A Parent", Relationship.PARENT, TODAY.minusYears(1), "",
                "o1", "Olu Office", Instant.parse("2024-06-01T09:00:00Z"))));
    }

    /** A profile row; strand results Being, Doing, Thinking, then empty. */
    static String profile(String upn, String misId, String forename, String surname, String born, String date,
            String kind, String being, String doing, String thinking, String statements) {
        return String.join(",", "Profile", upn, misId, forename, surname, born, date, kind, being, doing, thinking,
                "", "", "", statements, "", "", "", "");
    }

    static String plan(String upn, String misId, String forename, String surname, String born, String start,
            String review, String targets) {
        return String.join(",", "Action plan", upn, misId, forename, surname, born, "", "", "", "", "", "", "", "",
                "", start, review, "Active", targets);
    }

    static String file(String... rows) {
        return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    /** Uploads the content as a file and waits for its preview. */
    ImportRun preview(String name, byte[] content) throws IOException {
        Path upload = Files.createTempFile(dir, "upload-", ".tmp");
        Files.write(upload, content);
        ImportRun started = service.start(OFFICE, upload, name, Optional.empty());
        return await(started.id());
    }

    ImportRun preview(String content) throws IOException {
        return preview("thrive-online.csv", content.getBytes(StandardCharsets.UTF_8));
    }

    ImportRun commit(long runId) {
        service.commit(OFFICE, runId);
        return await(runId);
    }

    /** Previews and commits, expecting the preview to be ready. */
    ImportRun importFile(String content) throws IOException {
        ImportRun preview = preview(content);
        if (preview.status() != ImportStatus.READY) {
            throw new AssertionError("preview not ready: " + preview);
        }
        return commit(preview.id());
    }

    /** Polls the run until its background step has ended (at most 30 s). */
    ImportRun await(long runId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            ImportRun run = service.run(OFFICE, runId);
            if (!run.status().working()) {
                return run;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import run still working after 30 s: " + run);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    String report(long runId) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.report(OFFICE, runId, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    long[] totals() {
        return store.store.read(tx -> tx.imports().totals());
    }

    /** Everything imports wrote (native profiles and plans, the ledger), as the store holds it, to compare before and after. */
    String imported() {
        StringBuilder all = new StringBuilder();
        store.store.read(tx -> {
            List<String> ids = PUPILS.stream().map(Pupil::id).toList();
            for (Pupil p : PUPILS) {
                all.append(tx.profiles().ofPupil(p.id())).append(tx.plans().ofPupil(p.id()));
            }
            all.append(tx.imports().profileLinks(ids)).append(tx.imports().planLinks(ids));
            return null;
        });
        return all.toString();
    }

    /** The pupil's native profiles, newest first, as the Thrive tab reads them. */
    List<org.thrivemis.api.profile.Assessment> profiles(String pupilId) {
        return store.store.read(tx -> tx.profiles().ofPupil(pupilId));
    }

    /** The pupil's native action plans, newest first. */
    List<org.thrivemis.api.plan.ActionPlan> plans(String pupilId) {
        return store.store.read(tx -> tx.plans().ofPupil(pupilId));
    }

    /** How many native profiles and plans all the pupils have. */
    long[] natives() {
        long profiles = 0;
        long plans = 0;
        for (Pupil p : PUPILS) {
            profiles += profiles(p.id()).size();
            plans += plans(p.id()).size();
        }
        return new long[] {profiles, plans};
    }

    List<AuditEntry> audit(String action) {
        return store.store.read(tx -> tx.audit().search(new AuditQuery(Optional.empty(), Optional.empty(),
                Optional.of(action), Optional.empty(), Optional.empty(), 10_000)));
    }

    static String messages(ImportRun run) {
        return run.issues().stream().map(i -> i.line() + " " + i.field() + " " + i.value() + ": " + i.message())
                .reduce("", (a, b) -> a + "\n" + b) + run.message().orElse("");
    }

    @Override
    public void close() throws Exception {
        service.close();
        store.close();
    }
}
