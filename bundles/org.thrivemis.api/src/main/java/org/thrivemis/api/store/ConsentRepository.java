package org.thrivemis.api.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.consent.ConsentRecord;

/** Consent records: append-only. */
@ProviderType
public interface ConsentRepository {

    /** Stores the record (its id is ignored) and returns it with the id assigned. */
    ConsentRecord insert(ConsentRecord record);

    /** Every record of the pupil, newest first (by decision date, then recording time). */
    List<ConsentRecord> history(String pupilId);

    /** Every record of each of these pupils, in one query; pupils without records are absent. */
    Map<String, List<ConsentRecord>> histories(Collection<String> pupilIds);

    /**
     * Whether any consent record is stored, of any pupil; reads no record (one row at most).
     *
     * @since 1.3
     */
    boolean any();
}
