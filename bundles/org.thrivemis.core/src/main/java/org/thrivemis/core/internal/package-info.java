/**
 * The Thrive domain rules: who may do what (one table, {@link org.thrivemis.core.internal.Action}),
 * the consent service and gate, the audit trail and the host-role mapping. Never exported: other
 * bundles use the services registered under {@code org.thrivemis.api}.
 */
package org.thrivemis.core.internal;
