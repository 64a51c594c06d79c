/**
 * Thrive profiles: individual assessments (baseline, behaviour) recorded statement by statement,
 * and what follows from them: strand gaps, the working stage and the age-expected stage.
 */
@Export
@Version("1.1.0")
package org.thrivemis.api.profile;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
