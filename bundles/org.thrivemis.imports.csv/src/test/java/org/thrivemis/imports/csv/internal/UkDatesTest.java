package org.thrivemis.imports.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"25/12/2024|2024-12-25", "5/1/2024|2024-01-05", "05-01-2024|2024-01-05",
        "5.1.2024|2024-01-05", "2024-01-05|2024-01-05", " 29/02/2024 |2024-02-29", "1/12/0999|0999-12-01",
        "31-12.2024|2024-12-31"})
    void readsTheWaysUkExportsWriteDates(String text, LocalDate expected) {
        assertEquals(expected, UkDates.parse(text).date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"31/02/2024|not a real date", "29/02/2023|not a real date",
        "12/25/2024|not month/day/year", "05/01/24|write the year in full", "yesterday|write it as day/month/year",
        "2024-13-01|not a real date", "00/01/2024|not a real date", "32/01/2024|not a real date",
        "1/1/20245|write it as day/month/year", "123/1/2024|write it as day/month/year", "1//2024|write it as day/month/year",
        "31/04/2024|not a real date", "15/13/2024|not a real date"})
    void explainsWhatIsWrongWithADate(String text, String phrase) {
        UkDates.Parsed parsed = UkDates.parse(text);
        assertFalse(parsed.valid());
        assertTrue(parsed.problem().contains(phrase), parsed.problem());
    }
}
