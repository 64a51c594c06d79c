package org.thrivemis.api.consent;

import java.time.LocalDate;
import java.util.Set;

/**
 * What office staff enter to record a parent's decision, as entered: a field left empty is
 * {@code null} (or blank) and is reported by the domain's validation, never stored. The domain
 * checks the person is named, the date is not in the future and at least one scope is chosen.
 *
 * @param decision given or withdrawn
 * @param scopes what the decision covers
 * @param personName the parent or carer who decided
 * @param relationship their relationship to the pupil
 * @param decidedOn the date they decided (e.g. the date on the signed form)
 * @param note optional note, e.g. "signed form in pupil file"
 */
public record ConsentRequest(ConsentDecision decision, Set<ConsentScope> scopes, String personName,
        Relationship relationship, LocalDate decidedOn, String note) {
    public ConsentRequest {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
        personName = personName == null ? "" : personName.strip();
        note = note == null ? "" : note.strip();
    }
}
