/** The audit trail of every read and write of a pupil's Thrive data. */
@Export
@Version("1.1.0")
package org.thrivemis.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
