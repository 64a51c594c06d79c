/** England's attendance codes (DfE, in force from 19 August 2024) and the statistics built on them. */
@Export
@Version("1.2.0")
package org.thrivemis.mis.api.attendance;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
