package org.thrivemis.host.reference.internal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InstalledBundlesTest {

    @Test
    void aBundleIsHealthyWhenActiveAndAFragmentWhenResolved() {
        assertTrue(new InstalledBundles.Row("org.thrivemis.web", "1.0.0", "ACTIVE", false).healthy());
        assertFalse(new InstalledBundles.Row("org.thrivemis.web", "1.0.0", "RESOLVED", false).healthy());
        assertTrue(new InstalledBundles.Row("org.thrivemis.texts", "1.0.0", "RESOLVED", true).healthy());
        assertFalse(new InstalledBundles.Row("org.thrivemis.texts", "1.0.0", "INSTALLED", true).healthy());
    }
}
