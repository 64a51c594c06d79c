/**
 * Action plans (Plan-Do-Review): the service, its input checks, the suggestions made from an
 * assessment's gaps, and the words a conflict is explained in. Never exported.
 */
package org.thrivemis.core.internal.plan;
