package org.thrivemis.it.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.thrivemis.mis.api.Upn;

/**
 * Writes a OneRoster 1.1 CSV bulk dataset for a multi-academy trust of a given size, with the same
 * shape every time: per school ~1000 pupils with UPNs and birth dates, ~42 classes, ~50 teachers,
 * each pupil in about 6.5 classes. 60 schools: ~60k pupils, 2.5k classes, 400k enrollments.
 */
final class TrustGenerator {
    static final int PUPILS_PER_SCHOOL = 1000;
    static final int CLASSES_PER_SCHOOL = 42;
    static final int TEACHERS_PER_SCHOOL = 50;
    /** Classes per pupil alternate between 6 and 7: 6.5 on average. */
    static final int BASE_CLASSES_PER_PUPIL = 6;

    private TrustGenerator() {
    }

    /** Writes the dataset into {@code dir} and returns the number of enrollments written. */
    static long write(Path dir, int schools) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.csv"), String.join("\n", "propertyName,value", "manifest.version,1.0",
                "oneroster.version,1.1", "file.orgs,bulk", "file.users,bulk", "file.classes,bulk",
                "file.enrollments,bulk", "file.demographics,bulk", "file.courses,absent",
                "file.academicSessions,absent") + "\n");
        try (BufferedWriter orgs = writer(dir, "orgs.csv");
                BufferedWriter users = writer(dir, "users.csv");
                BufferedWriter demographics = writer(dir, "demographics.csv");
                BufferedWriter classes = writer(dir, "classes.csv");
                BufferedWriter enrollments = writer(dir, "enrollments.csv")) {
            orgs.write("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n");
            orgs.write("trust,,,Bench Trust,district,,\n");
            users.write("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,"
                    + "familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n");
            demographics.write("sourcedId,status,dateLastModified,birthDate,sex\n");
            classes.write("sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,"
                    + "location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n");
            enrollments.write("sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,"
                    + "primary,beginDate,endDate\n");
            long enrollmentCount = 0;
            for (int s = 0; s < schools; s++) {
                String school = "s" + s;
                orgs.write(school + ",,,School " + s + ",school," + (100000 + s) + ",trust\n");
                for (int c = 0; c < CLASSES_PER_SCHOOL; c++) {
                    classes.write(school + "-c" + c + ",,,Class " + c + " of school " + s + ",0" + (c % 7) + ",,,"
                            + "scheduled,," + school + ",,,,\n");
                }
                for (int t = 0; t < TEACHERS_PER_SCHOOL; t++) {
                    String id = school + "-t" + t;
                    users.write(id + ",,,true," + school + ",teacher," + id + ",,Teacher" + t + ",School" + s
                            + ",,,,,,,,\n");
                    String cls = school + "-c" + (t % CLASSES_PER_SCHOOL);
                    enrollments.write(id + "-e,,," + cls + "," + school + "," + id + ",teacher,true,2025-09-01,\n");
                    enrollmentCount++;
                }
                for (int p = 0; p < PUPILS_PER_SCHOOL; p++) {
                    String id = school + "-p" + p;
                    String body = String.format("%03d%04d%02d%03d", 800 + s % 100, 2000 + s, 25, p);
                    users.write(id + ",,,true," + school + ",student," + id + ",{UPN:" + Upn.withCheckLetter(body)
                            + "},Given" + p + ",Family" + s + "x" + p + ",,,,,,,0" + (p % 7) + ",\n");
                    demographics.write(id + ",,," + (2014 + p % 7) + "-0" + (1 + p % 9) + "-1" + (p % 9) + ",female\n");
                    int count = BASE_CLASSES_PER_PUPIL + (p % 2);
                    for (int k = 0; k < count; k++) {
                        String cls = school + "-c" + ((p + k * 6) % CLASSES_PER_SCHOOL);
                        enrollments.write(id + "-e" + k + ",,," + cls + "," + school + "," + id
                                + ",student,false,2025-09-01,\n");
                        enrollmentCount++;
                    }
                }
            }
            return enrollmentCount;
        }
    }

    private static BufferedWriter writer(Path dir, String name) throws IOException {
        return Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
    }
}
