/**
 * The contract between a host MIS and the bundles installed into it: the ports the host
 * implements (pupils, classes, staff, attendance, the signed-in user, and since 1.2 the schools of a trust) and the whiteboards it
 * renders (pupil-record tabs, class-view columns, admin pages).
 */
@Export
@Version("1.2.0")
package org.thrivemis.mis.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
