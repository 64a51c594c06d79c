/** Who is acting, with which Thrive role and (since 1.1) which schools of a trust, and the errors the domain reports. */
@Export
@Version("1.1.0")
package org.thrivemis.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
