/**
 * The contract between a host MIS and the bundles installed into it: the ports the host
 * implements (pupils, classes, staff, attendance, the signed-in user, since 1.2 the schools of a trust; since 1.3 register counts over date ranges, `AttendanceSource.counts`) and the whiteboards it
 * renders (pupil-record tabs, class-view columns, admin pages).
 */
@Export
@Version("1.3.0")
package org.thrivemis.mis.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
