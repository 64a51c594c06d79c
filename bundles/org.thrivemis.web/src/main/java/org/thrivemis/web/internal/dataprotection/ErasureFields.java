package org.thrivemis.web.internal.dataprotection;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.thrivemis.api.dataprotection.ErasureGround;
import org.thrivemis.api.dataprotection.ErasureRequest;
import org.thrivemis.api.dataprotection.Requester;
import org.thrivemis.web.internal.dataprotection.DataProtectionViews.Choice;
import org.thrivemis.web.internal.dataprotection.DataProtectionViews.ErasureForm;
import org.thrivemis.web.internal.tab.ErrorLink;

/**
 * The erasure form's fields as posted: shown back as entered, checked for what only the page can
 * check (a choice made, a real date), and turned into an {@link ErasureRequest} for the domain.
 */
record ErasureFields(String reference, String requester, String ground, String day, String month, String year) {

    static final ErasureFields EMPTY = new ErasureFields("", "", "", "", "", "");

    static ErasureFields of(HttpServletRequest request) {
        return new ErasureFields(field(request, "reference"), field(request, "requester"), field(request, "ground"),
                field(request, "receivedOn-day"), field(request, "receivedOn-month"), field(request, "receivedOn-year"));
    }

    ErasureForm form() {
        List<Choice> requesters = Arrays.stream(Requester.values())
                .map(r -> new Choice(r.name(), capitalised(r.label()), r.name().equals(requester))).toList();
        List<Choice> grounds = Arrays.stream(ErasureGround.values())
                .map(g -> new Choice(g.name(), capitalised(g.label()), g.name().equals(ground))).toList();
        return new ErasureForm(reference, requesters, grounds, day, month, year, date().map(LocalDate::toString).orElse(""));
    }

    /** What is missing or malformed, linked to the field; the domain checks the rest. */
    List<ErrorLink> problems() {
        List<ErrorLink> errors = new ArrayList<>();
        if (reference.isEmpty()) {
            errors.add(new ErrorLink("#reference", "Enter the reference of the documented request, for example DPO-2026-014"));
        }
        if (parse(Requester.class, requester).isEmpty()) {
            errors.add(new ErrorLink("#requester", "Select who asked for the erasure"));
        }
        if (parse(ErasureGround.class, ground).isEmpty()) {
            errors.add(new ErrorLink("#ground", "Select the ground the erasure rests on"));
        }
        if (date().isEmpty()) {
            errors.add(new ErrorLink("#receivedOn-day", (day + month + year).isEmpty()
                    ? "Enter the date the request was received"
                    : "Date the request was received must be a real date, for example 2 11 2026"));
        }
        return errors;
    }

    /** The request; call only when {@link #problems()} is empty. */
    ErasureRequest request() {
        return new ErasureRequest(reference, Requester.valueOf(requester), ErasureGround.valueOf(ground), date().orElseThrow());
    }

    private Optional<LocalDate> date() {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static String field(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }
}
