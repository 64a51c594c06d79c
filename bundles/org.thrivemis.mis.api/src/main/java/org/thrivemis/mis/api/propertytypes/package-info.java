/** Typed component property annotations for contributors to the host's whiteboards. */
@Export
@Version("1.0.0")
package org.thrivemis.mis.api.propertytypes;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
