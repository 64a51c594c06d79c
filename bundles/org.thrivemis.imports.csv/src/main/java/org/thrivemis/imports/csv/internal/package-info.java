/** The Thrive-Online CSV format: never exported; it is reached as a ThriveOnlineImportFormat service. */
package org.thrivemis.imports.csv.internal;
