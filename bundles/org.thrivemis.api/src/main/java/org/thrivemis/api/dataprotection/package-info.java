/**
 * Data protection (UK GDPR) for a pupil's Thrive record: subject access export, erasure on a
 * documented request, and the retention policy for pupils who left long ago.
 */
@Export
@Version("1.1.0")
package org.thrivemis.api.dataprotection;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
