package org.thrivemis.imports.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.imports.ImportRecord;
import org.thrivemis.api.imports.ImportSink;
import org.thrivemis.api.imports.ImportedPlan;
import org.thrivemis.api.imports.ImportedProfile;
import org.thrivemis.api.imports.StrandScore;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;

/** The CSV format alone: columns by header name, the configurable mapping, BOM, quoting and targets. */
class ThriveOnlineCsvFormatTest {
    static final String HEADER = "Record type,UPN,MIS ID,Forename,Surname,Date of birth,Profile date,Profile type,"
            + "Being,Doing,Thinking,Power and identity,Skills and structure,Interdependence,Statements,Plan start,"
            + "Review date,Plan status,Targets";

    /** What the format streamed. */
    static final class Collected implements ImportSink {
        final List<ImportRecord> records = new ArrayList<>();
        final List<String> problems = new ArrayList<>();

        @Override
        public void accept(ImportRecord record) {
            records.add(record);
        }

        @Override
        public void problem(long line, String field, String value, String message) {
            problems.add(line + "|" + field + "|" + value + "|" + message);
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }

    static CsvFormatConfig config(Map<String, Object> overrides) {
        return (CsvFormatConfig) Proxy.newProxyInstance(CsvFormatConfig.class.getClassLoader(),
                new Class<?>[] {CsvFormatConfig.class}, (proxy, method, args) -> method.getName().equals(
                        "annotationType") ? CsvFormatConfig.class
                                : overrides.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    static Collected read(CsvFormatConfig config, String text) throws IOException {
        Collected sink = new Collected();
        new ThriveOnlineCsvFormat(config).read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), sink);
        return sink;
    }

    @Test
    void readsProfilesAndPlansByHeaderNameWithTheirLines() throws IOException {
        String csv = "\uFEFF" + HEADER + "\r\n"
                + "Profile,B801200005001,p-1,Amira,Khan,04/03/2016,10/01/2025,Baseline,80%,60,,,,,"
                + "being-01=Secure; doing-01=Not yet,,,,\r\n"
                + "Action plan,,p-1,Amira,Khan,04/03/2016,,,,,,,,,,13/01/2025,10/03/2025,reviewed,"
                + "\"Doing: tries, with an adult, a new activity\nPower & identity: leads a game\"\r\n";

        Collected sink = read(config(Map.of()), csv);

        assertEquals(List.of(), sink.problems);
        ImportedProfile profile = (ImportedProfile) sink.records.get(0);
        assertEquals(2, profile.line());
        assertEquals(Optional.of("B801200005001"), profile.pupil().upn());
        assertEquals(LocalDate.of(2016, 3, 4), profile.pupil().dateOfBirth().get());
        assertEquals(ProfileKind.BASELINE, profile.kind());
        assertEquals(List.of(new StrandScore(Strand.BEING, 80), new StrandScore(Strand.DOING, 60)), profile.strands());
        assertEquals(Map.of("being-01", Level.SECURE, "doing-01", Level.NOT_YET), profile.statements());
        ImportedPlan plan = (ImportedPlan) sink.records.get(1);
        assertEquals(3, plan.line());
        assertEquals(PlanStatus.REVIEWED, plan.status());
        assertEquals(Strand.POWER_AND_IDENTITY, plan.targets().get(1).strand());
        assertEquals("tries, with an adult, a new activity", plan.targets().get(0).text());
    }

    @Test
    void aSchoolsOwnColumnNamesAreMappedByConfiguration() throws IOException {
        String csv = HEADER.replace("UPN", "Unique pupil number").replace("Date of birth", "DOB") + "\n"
                + "Profile,B801200005001,,Amira,Khan,4/3/2016,10/01/2025,Group,50,,,,,,,,,,\n";

        Collected defaults = read(config(Map.of()), csv);
        Collected mapped = read(config(Map.of("column_upn", "unique pupil number", "column_dateOfBirth", "DOB")), csv);

        assertEquals(List.of("1|||The file has no column 'UPN': add it, or if the export names it differently set"
                + " column.upn in configuration org.thrivemis.imports.csv", "1|||The file has no column 'Date of birth':"
                + " add it, or if the export names it differently set column.dateOfBirth in configuration"
                + " org.thrivemis.imports.csv"), defaults.problems);
        assertEquals(List.of(), mapped.problems);
        assertEquals(Optional.of("B801200005001"), mapped.records.get(0).pupil().upn());
    }

    @Test
    void everyProblemInARowIsReportedAndTheRowIsNotPassedOn() throws IOException {
        String csv = HEADER + "\n" + "Profile,,p-1,A,B,31/02/2016,2025-13-01,Annual,x,,,,,,,,,,\n";

        Collected sink = read(config(Map.of()), csv);

        assertTrue(sink.records.isEmpty());
        assertEquals(4, sink.problems.size(), sink.problems.toString());
        assertTrue(sink.problems.get(0).startsWith("2|Date of birth|31/02/2016|"), sink.problems.get(0));
        assertTrue(sink.problems.get(3).startsWith("2|Being|x|Not a whole number"), sink.problems.get(3));
    }

    @Test
    void recognisesItsHeaderOrACsvName() {
        ThriveOnlineCsvFormat format = new ThriveOnlineCsvFormat(config(Map.of()));
        assertTrue(format.recognises("export.txt", ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_8)));
        assertTrue(format.recognises("EXPORT.CSV", new byte[0]));
        assertFalse(format.recognises("export.json", "{\"records\": []}".getBytes(StandardCharsets.UTF_8)));
    }
}
