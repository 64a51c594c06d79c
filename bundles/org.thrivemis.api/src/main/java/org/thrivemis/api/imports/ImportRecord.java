package org.thrivemis.api.imports;

/** A canonical record read from an export: a profile or an action plan, with its source line. */
public sealed interface ImportRecord permits ImportedProfile, ImportedPlan {

    /** The 1-based line of the file the record starts on. */
    long line();

    /** Who the record is about, as the file identifies them. */
    PupilIdentity pupil();
}
