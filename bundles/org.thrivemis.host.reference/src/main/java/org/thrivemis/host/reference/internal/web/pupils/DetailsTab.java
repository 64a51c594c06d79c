package org.thrivemis.host.reference.internal.web.pupils;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.thrivemis.host.reference.internal.school.YearGroup;
import org.thrivemis.host.reference.internal.web.UkDates;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.SchoolClass;

/**
 * The host's "Details" tab: UPN, date of birth, age, year group, class and enrollment dates.
 *
 * @param rows the summary list
 */
public record DetailsTab(List<SummaryRow> rows) {

    /** The tab's id. */
    public static final String ID = "details";

    public DetailsTab {
        rows = List.copyOf(rows);
    }

    /** The details of the pupil on the day, given their enrollments and the classes they are in. */
    public static DetailsTab of(Pupil pupil, List<Enrollment> enrollments, List<SchoolClass> classesToday,
            LocalDate today) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("UPN", pupil.upn().orElse("Not known")));
        rows.add(new SummaryRow("Date of birth", UkDates.date(pupil.dateOfBirth())));
        int age = pupil.ageOn(today);
        rows.add(new SummaryRow("Age", age + (age == 1 ? " year" : " years")));
        rows.add(new SummaryRow("Year group", YearGroup.displayNameOf(pupil.yearGroup())));
        rows.add(new SummaryRow("Class", classesToday.isEmpty() ? "Not in a class today"
                : String.join(", ", classesToday.stream().map(SchoolClass::name).toList())));
        Optional<Enrollment> latest = enrollments.stream().max(Comparator.comparing(Enrollment::start));
        rows.add(new SummaryRow("Enrolled since", latest.map(e -> UkDates.date(e.start())).orElse("Not enrolled")));
        latest.flatMap(Enrollment::end).ifPresent(end -> rows.add(
                new SummaryRow(end.isBefore(today) ? "Left" : "Leaving", UkDates.date(end))));
        return new DetailsTab(rows);
    }
}
