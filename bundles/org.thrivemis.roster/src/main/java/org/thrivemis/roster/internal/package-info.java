/**
 * The roster sync engine and its sources. Never exported: other bundles use
 * {@link org.thrivemis.api.roster.RosterSync} and contribute {@link org.thrivemis.api.roster.RosterSource}s.
 */
package org.thrivemis.roster.internal;
