/**
 * Whole-group screening: a class screened against the pack's age-appropriate statements once a
 * term, the class profile that follows (strand by pupil), each pupil's group allocation and the
 * pupils flagged for an individual profile.
 */
@Export
@Version("1.0.0")
package org.thrivemis.api.screening;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
