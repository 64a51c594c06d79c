/**
 * Data protection rules: subject access export, erasure on a documented request, the retention
 * policy and its schedule. Never exported: others use {@code DataProtectionService}.
 */
package org.thrivemis.core.internal.dataprotection;
