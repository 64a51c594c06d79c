package org.thrivemis.web.internal.tab;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;

/**
 * The consent form's fields exactly as typed, so a refused form is shown again as it was sent,
 * and their reading as a {@link ConsentRequest}. Field names are those of {@code ConsentRequest},
 * which is also what the domain names in its problems.
 */
public record ConsentForm(String decision, List<String> scopes, String personName, String relationship,
        DateFields decidedOn, String note) {

    public static final String DECISION = "decision";
    public static final String SCOPES = "scopes";
    public static final String PERSON_NAME = "personName";
    public static final String RELATIONSHIP = "relationship";
    public static final String DECIDED_ON = "decidedOn";
    public static final String NOTE = "note";
    /** The question the date boxes answer, also used to start their error messages. */
    public static final String DECIDED_ON_LABEL = "Date the decision was made";

    public ConsentForm {
        decision = decision == null ? "" : decision;
        scopes = List.copyOf(scopes);
        personName = personName == null ? "" : personName;
        relationship = relationship == null ? "" : relationship;
        decidedOn = decidedOn == null ? DateFields.empty() : decidedOn;
        note = note == null ? "" : note;
    }

    /** A blank form. */
    public static ConsentForm empty() {
        return new ConsentForm("", List.of(), "", "", DateFields.empty(), "");
    }

    /** The form as posted (field name to values, as the host passes it). */
    public static ConsentForm from(Map<String, List<String>> fields) {
        return new ConsentForm(first(fields, DECISION), fields.getOrDefault(SCOPES, List.of()),
                first(fields, PERSON_NAME), first(fields, RELATIONSHIP),
                new DateFields(first(fields, DECIDED_ON + "-day"), first(fields, DECIDED_ON + "-month"),
                        first(fields, DECIDED_ON + "-year")),
                first(fields, NOTE));
    }

    /** What the date boxes say. */
    public DateFields.Reading decidedOnReading() {
        return decidedOn.read(DECIDED_ON, DECIDED_ON_LABEL);
    }

    /**
     * The request for the domain. A value the form could not have offered (an edited page) is
     * read as not answered, so the domain asks for it like any missing answer.
     */
    public ConsentRequest toRequest(LocalDate date) {
        Set<ConsentScope> chosen = scopes.stream()
                .map(s -> parse(ConsentScope.class, s))
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return new ConsentRequest(parse(ConsentDecision.class, decision).orElse(null), chosen, personName,
                parse(Relationship.class, relationship).orElse(null), date, note);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
