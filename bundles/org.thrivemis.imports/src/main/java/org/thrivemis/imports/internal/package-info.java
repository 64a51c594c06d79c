/** The import pipeline's implementation: never exported. */
package org.thrivemis.imports.internal;
