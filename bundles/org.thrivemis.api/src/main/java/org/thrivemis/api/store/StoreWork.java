package org.thrivemis.api.store;

/** A unit of work run inside one store transaction. */
@FunctionalInterface
public interface StoreWork<T> {
    T run(StoreTx tx);
}
