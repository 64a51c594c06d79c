package org.thrivemis.api.dataprotection;

/** The UK GDPR Article 17(1) ground an erasure rests on. */
public enum ErasureGround {
    NO_LONGER_NECESSARY("no longer necessary (Art. 17(1)(a))"),
    CONSENT_WITHDRAWN("consent withdrawn (Art. 17(1)(b))"),
    OBJECTION("objection to processing (Art. 17(1)(c))"),
    UNLAWFULLY_PROCESSED("unlawfully processed (Art. 17(1)(d))"),
    LEGAL_OBLIGATION("legal obligation (Art. 17(1)(e))"),
    RETENTION_PERIOD_ENDED("retention period ended (Art. 5(1)(e))");

    private final String label;

    ErasureGround(String label) {
        this.label = label;
    }

    /** As shown to staff and written in the audit trail. */
    public String label() {
        return label;
    }
}
