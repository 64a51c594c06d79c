package org.thrivemis.api.consent;

/** Thrown when work needs current parental consent for a scope and the pupil does not have it. */
public class ConsentRequiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ConsentScope scope;

    public ConsentRequiredException(String pupilId, ConsentScope scope, ConsentState state) {
        super("Parental consent for " + scope.label().toLowerCase() + " is " + state.label().toLowerCase()
                + " for pupil " + pupilId + ": record consent on the pupil's Thrive tab first");
        this.scope = scope;
    }

    /** The scope that lacks consent. */
    public ConsentScope scope() {
        return scope;
    }
}
