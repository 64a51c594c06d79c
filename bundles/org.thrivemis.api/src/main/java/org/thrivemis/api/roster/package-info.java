/**
 * The roster: schools, classes, pupils, staff and enrollments synced from a {@link
 * org.thrivemis.api.roster.RosterSource} (the host MIS, OneRoster CSV or REST) by the {@link
 * org.thrivemis.api.roster.RosterSync} service, and the list of pupils who need a baseline profile.
 */
@Export
@Version("1.1.0")
package org.thrivemis.api.roster;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
