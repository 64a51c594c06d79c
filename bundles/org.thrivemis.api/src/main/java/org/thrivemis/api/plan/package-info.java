/**
 * Action plans (Plan-Do-Review): made from a completed individual assessment's gaps, with targets,
 * school and home activities and relational approach notes, reviewed and continued or closed.
 */
@Export
@Version("1.2.0")
package org.thrivemis.api.plan;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
