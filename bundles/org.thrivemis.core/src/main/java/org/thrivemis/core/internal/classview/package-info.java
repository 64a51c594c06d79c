/** The class view's bulk read of pupils' Thrive information. */
package org.thrivemis.core.internal.classview;
