/** The periods of pupils' action plans, read in bulk for the impact evaluation of plans on attendance. */
@Export
@Version("1.0.0")
package org.thrivemis.api.impact;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
