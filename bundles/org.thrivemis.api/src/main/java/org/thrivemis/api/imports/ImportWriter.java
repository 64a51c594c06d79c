package org.thrivemis.api.imports;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ImportOrigin;
import org.thrivemis.api.store.StoreTx;

/**
 * The domain's side of an import: turns matched records into NATIVE profiles (completed assessments)
 * and action plans, marked with their {@link ImportOrigin}. It enforces consent (a record for a pupil
 * without current consent is skipped and nothing is written for them), keeps the ledger of what each
 * natural key last imported (so a re-import changes nothing and an updated export changes only what
 * differs), refuses to overwrite a record staff have changed since it was imported (a
 * {@link RowOutcome#CONFLICT}), and audits every pupil it writes. The import pipeline calls it once per
 * chunk inside the run's one transaction; preview and commit take exactly the same decisions.
 */
@ProviderType
public interface ImportWriter {

    /**
     * Decides what happens to each record and, when {@code commit} is true, applies it in {@code tx}.
     *
     * @param tx the pipeline's transaction (read-only for a preview)
     * @param actor who runs the import
     * @param origin the run's format and id and the day; strand results are taken from each record
     * @param records records already checked and matched, each natural key at most once per file
     * @param commit false for the preview: nothing is written
     * @return one decision per record, in the same order
     */
    List<ImportDecision> apply(StoreTx tx, Actor actor, ImportOrigin origin, List<MatchedRecord> records,
            boolean commit);
}
