/** Whole-group screening: rounds, marks, the class profile and its rules. Not exported. */
package org.thrivemis.core.internal.screening;
