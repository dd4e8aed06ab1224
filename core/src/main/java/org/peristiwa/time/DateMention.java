package org.peristiwa.time;

import java.time.LocalDate;
import org.peristiwa.report.Span;

/**
 * A date the text names, resolved to a calendar day.
 * {@code precision} follows ACLED: 1 the exact day, 2 approximate (within a week), 3 only the month.
 * {@code relative} is true when the date was resolved against the publication date ("kemarin", "on Friday").
 * {@code approximate} is true when the text hedges it ("around 9 May").
 */
public record DateMention(Span span, LocalDate date, int precision, boolean relative, String rule) {

    public boolean isMonthOnly() {
        return precision == 3;
    }
}
