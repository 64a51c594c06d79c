/**
 * Importing Thrive-Online exports: the format extension point ({@link ThriveOnlineImportFormat},
 * contributed by any bundle), the canonical records a format reads a file into, and the
 * {@link ImportService} that runs the one pipeline (detect, parse, validate, match pupils, preview,
 * commit, report) for every format.
 */
@Export
@Version("1.2.0")
package org.thrivemis.api.imports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
