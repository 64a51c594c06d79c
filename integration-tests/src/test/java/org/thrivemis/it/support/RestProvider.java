package org.thrivemis.it.support;

import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.ops4j.pax.exam.Option;
import org.thrivemis.roster.rest.testserver.OneRosterTestServer;
import org.thrivemis.roster.rest.testserver.TestTrust;

/**
 * The REST source's loopback OneRoster provider (from its test-jar) for in-container tests: started
 * on the driver side, which shares the JVM with Pax Exam's native container, and announced to the
 * container through system properties ({@link #ORIGIN} and the trust's expected counts). Only
 * {@link #options()} touches the provider's classes, so probe classes never load them.
 */
public final class RestProvider {
    public static final String ORIGIN = "it.oneroster.origin";
    public static final String PUPILS = "it.oneroster.pupils";
    public static final String STAFF = "it.oneroster.staff";
    public static final String ENROLLMENTS = "it.oneroster.enrollments";
    private static OneRosterTestServer provider;

    private RestProvider() {
    }

    /** Starts the provider once per JVM and returns its origin, http://127.0.0.1:port. */
    public static synchronized String start() {
        if (provider == null) {
            try {
                provider = new OneRosterTestServer(TestTrust.small());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return provider.origin();
    }

    /** Starts the provider once per JVM and returns the system properties that describe it. */
    public static Option options() {
        TestTrust trust = TestTrust.small();
        return composite(systemProperty(ORIGIN).value(start()),
                systemProperty(PUPILS).value(Long.toString(trust.currentPupils())),
                systemProperty(STAFF).value(Long.toString(trust.currentTeachers())),
                systemProperty(ENROLLMENTS).value(Long.toString(trust.currentEnrollments())));
    }
}
