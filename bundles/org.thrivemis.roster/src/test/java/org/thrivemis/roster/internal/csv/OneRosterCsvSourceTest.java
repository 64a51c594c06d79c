package org.thrivemis.roster.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrivemis.api.roster.Coverage;
import org.thrivemis.api.roster.EnrollmentRole;
import org.thrivemis.api.roster.RosterClass;
import org.thrivemis.api.roster.RosterEnrollment;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterRead;
import org.thrivemis.api.roster.RosterRemoval;
import org.thrivemis.api.roster.RosterRequest;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterSink;
import org.thrivemis.api.roster.RosterSourceException;
import org.thrivemis.api.roster.RosterStaff;
import org.thrivemis.api.roster.SyncIssue;

/** The CSV source alone: what it hands the engine from folders and ZIPs, bulk and delta. */
class OneRosterCsvSourceTest {
    @TempDir
    Path dir;

    private final Collected got = new Collected();

    private static Path trust(String name) throws URISyntaxException {
        return Path.of(OneRosterCsvSourceTest.class.getResource("/datasets/" + name).toURI());
    }

    @Test
    void readsAFolderByHeaderNameWithBomCrlfAndUnknownColumns() throws Exception {
        RosterRead read = new OneRosterCsvSource(trust("trust-bulk").toString(), CsvLimits.DEFAULT)
                .read(RosterRequest.full(), got);

        assertEquals(List.of(), got.issues);
        assertEquals(Coverage.BULK, read.of(RosterEntity.PUPIL));
        assertEquals(List.of("s1", "s2"), got.schools.stream().map(RosterSchool::sourceId).toList());
        assertEquals(8, got.pupils.size());
        RosterPupil ada = got.pupils.get(0);
        assertEquals("u1", ada.sourceId(), "the BOM is not part of the first header name");
        assertEquals("users.csv line 2", ada.origin().toString());
        assertTrue(ada.upn().orElseThrow().endsWith("820200100001"));
        assertEquals(List.of("s2"), got.staff.get(1).schoolSourceIds(), "multi-valued orgs split, the trust dropped");
        assertEquals(EnrollmentRole.TEACHER, got.enrollments.get(8).role());
    }

    @Test
    void readsAZipWhoseFilesSitInOneFolder() throws Exception {
        Path zip = dir.resolve("export.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> files = Files.list(trust("trust-bulk"))) {
            for (Path f : files.toList()) {
                z.putNextEntry(new ZipEntry("Export 2026-01/" + f.getFileName()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }

        new OneRosterCsvSource("", CsvLimits.DEFAULT).read(new RosterRequest(Optional.empty(), Optional.of(zip)), got);

        assertEquals(List.of(), got.issues);
        assertEquals(8, got.pupils.size());
        assertEquals(2, got.classes.size());
    }

    @Test
    void aDeltaHandsOverRemovalsAndMarksUntouchedFilesAbsent() throws Exception {
        RosterRead read = new OneRosterCsvSource(trust("trust-delta").toString(), CsvLimits.DEFAULT)
                .read(RosterRequest.full(), got);

        assertEquals(Coverage.DELTA, read.of(RosterEntity.PUPIL));
        assertEquals(Coverage.ABSENT, read.of(RosterEntity.CLASS));
        assertEquals(List.of(new RosterRemoval(RosterEntity.PUPIL, "u8", got.removals.get(0).origin()),
                new RosterRemoval(RosterEntity.ENROLLMENT, "e-u8", got.removals.get(1).origin())), got.removals);
        assertEquals("Ivy", got.pupils.get(0).givenName());
    }

    @Test
    void headerNamesMatchWhateverTheirCaseAndOrder() throws Exception {
        Path d = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(d.resolve("manifest.csv"), "propertyName,value\noneroster.version,1.2\nfile.orgs,bulk\n");
        Files.writeString(d.resolve("orgs.csv"), "TYPE,Name,SourcedId\nschool,\"=Not, a formula here\",s1\n",
                StandardCharsets.UTF_8);

        new OneRosterCsvSource(d.toString(), CsvLimits.DEFAULT).read(RosterRequest.full(), got);

        assertEquals(List.of(), got.issues);
        assertEquals("=Not, a formula here", got.schools.get(0).name(), "kept as text; the engine judges it");
    }

    @Test
    void oneRoster12RolesGiveUsersTheirKindAndSchoolsOneRowPerRole() throws Exception {
        Path d = Files.createDirectories(dir.resolve("v12"));
        Files.writeString(d.resolve("manifest.csv"), "propertyName,value\noneroster.version,1.2\nfile.orgs,bulk\n"
                + "file.users,bulk\nfile.roles,bulk\n");
        Files.writeString(d.resolve("orgs.csv"), "sourcedId,name,type\ns1,Oak Primary,school\ns2,Ash Primary,school\n"
                + "t1,The Trust,district\n");
        Files.writeString(d.resolve("users.csv"), "sourcedId,givenName,familyName,preferredGivenName\n"
                + "u1,Ada,Able,\nu2,Tia,Teach,\nu3,Gus,Guard,\nu4,Sol,Sibling,\nu5,Nia,Norole,\nu6,Zed,Zany,\n");
        Files.writeString(d.resolve("roles.csv"), "sourcedId,userSourcedId,roleType,role,orgSourcedId\n"
                + "r1,u1,primary,student,s1\n"
                + "r2,u2,primary,teacher,s1\nr3,u2,secondary,administrator,s2\nr4,u2,secondary,teacher,t1\n"
                + "r5,u3,primary,guardian,s1\n"
                + "r6,u4,secondary,guardian,s1\nr7,u4,primary,student,s2\n"
                + "r8,u6,primary,wizard,s1\n");

        new OneRosterCsvSource(d.toString(), CsvLimits.DEFAULT).read(RosterRequest.full(), got);

        assertEquals(List.of("u1", "u4"), got.pupils.stream().map(RosterPupil::sourceId).toList());
        assertEquals(List.of("s2"), got.pupils.get(1).schoolSourceIds(), "the student role's org, not the guardian's");
        assertEquals(List.of("u2"), got.staff.stream().map(RosterStaff::sourceId).toList());
        assertEquals(List.of("s1", "s2"), got.staff.get(0).schoolSourceIds(), "both schools; the trust dropped");
        assertEquals(List.of("roles.csv line 9: role=wizard", "users.csv line 6: sourcedId=u5"),
                got.issues.stream().map(i -> i.origin() + ": " + i.field() + "=" + i.value()).toList());
    }

    @Test
    void aLocationThatIsNotThereIsRefusedWithWhatToCheck() {
        RosterSourceException e = assertThrows(RosterSourceException.class,
                () -> new OneRosterCsvSource(dir.resolve("missing").toString(), CsvLimits.DEFAULT)
                        .read(RosterRequest.full(), got));

        assertTrue(e.getMessage().contains("location"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Path notZip = Files.writeString(dir.resolve("upload.zip"), "sourcedId,name\n");

        RosterSourceException e = assertThrows(RosterSourceException.class, () -> new OneRosterCsvSource("",
                CsvLimits.DEFAULT).read(new RosterRequest(Optional.empty(), Optional.of(notZip)), got));

        assertTrue(e.getMessage().contains("not a ZIP"), e.getMessage());
    }

    /** Collects what the source hands over. */
    static final class Collected implements RosterSink {
        final List<RosterSchool> schools = new ArrayList<>();
        final List<RosterClass> classes = new ArrayList<>();
        final List<RosterPupil> pupils = new ArrayList<>();
        final List<RosterStaff> staff = new ArrayList<>();
        final List<RosterEnrollment> enrollments = new ArrayList<>();
        final List<RosterRemoval> removals = new ArrayList<>();
        final List<SyncIssue> issues = new ArrayList<>();

        @Override
        public void school(RosterSchool s) {
            schools.add(s);
        }

        @Override
        public void schoolClass(RosterClass c) {
            classes.add(c);
        }

        @Override
        public void pupil(RosterPupil p) {
            pupils.add(p);
        }

        @Override
        public void staff(RosterStaff s) {
            staff.add(s);
        }

        @Override
        public void enrollment(RosterEnrollment e) {
            enrollments.add(e);
        }

        @Override
        public void removal(RosterRemoval r) {
            removals.add(r);
        }

        @Override
        public void issue(SyncIssue i) {
            issues.add(i);
        }

        @Override
        public void progress(String stage) {
            // not needed here
        }
    }
}
