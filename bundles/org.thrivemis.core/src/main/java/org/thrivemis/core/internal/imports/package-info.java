/** The domain's side of imports: native profiles and plans from imported records, consent, the ledger. */
package org.thrivemis.core.internal.imports;
