package org.thrivemis.core.internal;

/**
 * How far a role's permission for an action extends. Declared broadest first, so the smallest
 * ordinal among an actor's roles is the reach they get.
 */
public enum Reach {
    /** Any pupil in the school, or the action as a whole when it concerns no single pupil. */
    WHOLE_SCHOOL,
    /** Only pupils enrolled today in a class the actor teaches. */
    TAUGHT_CLASSES
}
