/** Parental consent: the records office staff keep and the gate the domain enforces. */
@Export
@Version("1.1.0")
package org.thrivemis.api.consent;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
