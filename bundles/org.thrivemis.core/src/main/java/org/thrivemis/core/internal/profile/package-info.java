/** Individual Thrive profiles: the assessment service, its validation and the result computation. */
package org.thrivemis.core.internal.profile;
