/**
 * Thrive framework content: the strands, the statements practitioners assess and teachers screen
 * against, and suggested activities, all from a versioned JSON content pack. No proprietary text is
 * built in: we ship a small sample pack; a school loads its licensed pack.
 */
@Export
@Version("1.0.0")
package org.thrivemis.api.content;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
