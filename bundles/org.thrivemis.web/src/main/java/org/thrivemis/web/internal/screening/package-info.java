/** The whole-group screening pages: a class's rounds, the marking grid, the class profile. Not exported. */
package org.thrivemis.web.internal.screening;
