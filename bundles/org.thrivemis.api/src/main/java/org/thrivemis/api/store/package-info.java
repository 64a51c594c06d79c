/** Storage SPI: the transactional repositories the core uses; implemented by a store bundle. */
@Export
@Version("1.4.0")
package org.thrivemis.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
