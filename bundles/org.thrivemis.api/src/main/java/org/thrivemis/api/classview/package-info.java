/** What a class view shows of each pupil's Thrive information, read for a whole class at once. */
@Export
@Version("1.1.0")
package org.thrivemis.api.classview;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
