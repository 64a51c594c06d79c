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

    /**
     * The part of the work on a chunk that needs neither the store nor the actor (what each record
     * says, in the form the ledger compares, and the native records it would make). The pipeline calls
     * it on its reading thread, so this work overlaps the writing of the chunk before; the result is
     * passed to {@link #apply(StoreTx, Actor, Prepared, boolean)} on the thread that holds the
     * transaction. It may be called from any thread and reads nothing but the records.
     *
     * @param origin the run's format and id and the day
     * @param records records already checked and matched, each natural key at most once per file
     * @return the records with that work done, for {@code apply}
     * @since 1.2
     */
    default Prepared prepare(ImportOrigin origin, List<MatchedRecord> records) {
        List<MatchedRecord> copy = List.copyOf(records);
        return new Prepared() {
            @Override
            public ImportOrigin origin() {
                return origin;
            }

            @Override
            public List<MatchedRecord> records() {
                return copy;
            }
        };
    }

    /**
     * {@link #apply(StoreTx, Actor, ImportOrigin, List, boolean)} for records {@link #prepare}d
     * beforehand: the same decisions and writes.
     *
     * @since 1.2
     */
    default List<ImportDecision> apply(StoreTx tx, Actor actor, Prepared prepared, boolean commit) {
        return apply(tx, actor, prepared.origin(), prepared.records(), commit);
    }

    /** A chunk of matched records with the work that needs no transaction done ({@link #prepare}). */
    @ProviderType
    interface Prepared {
        /** The run's format and id and the day. */
        ImportOrigin origin();

        /** The records, in the order given. */
        List<MatchedRecord> records();
    }
}
