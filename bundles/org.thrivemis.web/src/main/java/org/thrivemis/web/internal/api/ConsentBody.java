package org.thrivemis.web.internal.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;

/**
 * The body of {@code POST /api/v1/pupils/{id}/consents}. A missing field arrives as null and is
 * named by the domain's validation, as on the tab's form.
 */
public record ConsentBody(ConsentDecision decision, List<ConsentScope> scopes, String personName,
        Relationship relationship, LocalDate decidedOn, String note) {

    /** The request for the domain. */
    ConsentRequest toRequest() {
        return new ConsentRequest(decision,
                scopes == null ? null : scopes.stream().filter(Objects::nonNull).collect(Collectors.toSet()),
                personName, relationship, decidedOn, note);
    }
}
