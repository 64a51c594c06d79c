package org.thrivemis.web.internal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;

/**
 * A consent record as the API writes it (ISO dates, scopes in a stable order); kept apart from
 * the domain record so the wire format changes only when we mean it to.
 */
public record ConsentRecordJson(long id, String pupilId, ConsentDecision decision, List<ConsentScope> scopes,
        String personName, Relationship relationship, LocalDate decidedOn, String note,
        String recordedById, String recordedByName, Instant recordedAt) {

    static ConsentRecordJson of(ConsentRecord r) {
        return new ConsentRecordJson(r.id(), r.pupilId(), r.decision(), r.scopes().stream().sorted().toList(),
                r.personName(), r.relationship(), r.decidedOn(), r.note(), r.recordedById(), r.recordedByName(),
                r.recordedAt());
    }
}
