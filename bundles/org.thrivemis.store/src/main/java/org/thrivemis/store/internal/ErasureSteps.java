package org.thrivemis.store.internal;

import java.util.List;

/**
 * The registry of erasure steps, run in this order in one transaction. Plans go before profiles: a
 * review may point at the profile it started (plan_review.new_assessment_id). To cover a new table that
 * holds pupil data: write an {@link ErasureStep} for its area (delete by pupil id, or scrub texts
 * with {@link TextScrub}) and append it to {@link #ALL}, before {@link AuditErasure} (the audit goes
 * last so it can still find the pupil's id) and after {@link RosterErasure} only if it needs no
 * roster row. ErasureEveryTableTest then proves, on H2 and PostgreSQL, that no character column of
 * any table still holds the pupil's id, UPN or names.
 */
final class ErasureSteps {

    static final List<ErasureStep> ALL = List.of(new ConsentErasure(), new PlanErasure(), new ProfileErasure(),
            new ScreeningErasure(), new ImportErasure(), new RosterErasure(), new AuditErasure());

    private ErasureSteps() {
    }
}
