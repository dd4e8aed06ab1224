package org.peristiwa.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Gold dates in ACLED's "9-May-20" or "09 May 2020" forms, or ISO "2020-05-09". Null when unreadable. */
final class GoldDates {

    private static final DateTimeFormatter ACLED_SHORT = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-").appendValueReduced(java.time.temporal.ChronoField.YEAR, 2, 2, 2000)
            .toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter ACLED_LONG = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMMM yyyy").toFormatter(Locale.ENGLISH);

    private GoldDates() {}

    static LocalDate parse(String s) {
        String t = s.trim();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, ACLED_SHORT, ACLED_LONG}) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
