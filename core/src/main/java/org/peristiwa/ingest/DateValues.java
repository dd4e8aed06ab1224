package org.peristiwa.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the date-times that pages, feeds and archives write in their markup (ISO-8601 in its variants,
 * RFC 822/1123 as in RSS) to ISO-8601: with the offset when one is given, else a local date-time or a date.
 */
public final class DateValues {

    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s*(Z|z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?$");
    private static final Pattern RFC = Pattern.compile(
            "^(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{2,4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*([A-Za-z]{1,5}|[+-]\\d{4}|[+-]\\d{2}:\\d{2})?$");
    private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("GMT", 0), Map.entry("UT", 0),
            Map.entry("UTC", 0), Map.entry("Z", 0), Map.entry("EST", -5 * 60), Map.entry("EDT", -4 * 60),
            Map.entry("CST", -6 * 60), Map.entry("CDT", -5 * 60), Map.entry("MST", -7 * 60), Map.entry("MDT", -6 * 60),
            Map.entry("PST", -8 * 60), Map.entry("PDT", -7 * 60), Map.entry("WIB", 7 * 60), Map.entry("WITA", 8 * 60),
            Map.entry("WIT", 9 * 60), Map.entry("BST", 60), Map.entry("CET", 60), Map.entry("CEST", 120));
    private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_FULL = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM").toFormatter(Locale.ENGLISH);

    private DateValues() {}

    /** The ISO-8601 form of {@code raw}, or null when it is not a date this reader knows. */
    public static String normalize(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 60) return null;
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (m.group(4) == null) return plausible(d) ? d.toString() : null;
                LocalDateTime t = d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return plausible(d) ? withZone(t, m.group(7)) : null;
            }
            m = RFC.matcher(s);
            if (m.matches()) {
                int month = month(m.group(2));
                if (month < 1) return null;
                int year = Integer.parseInt(m.group(3));
                if (year < 100) year += year < 70 ? 2000 : 1900;
                LocalDate d = LocalDate.of(year, month, Integer.parseInt(m.group(1)));
                if (!plausible(d)) return null;
                if (m.group(4) == null) return d.toString();
                LocalDateTime t = d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return withZone(t, m.group(7));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** The date part of an ISO value produced by {@link #normalize}. */
    public static LocalDate date(String iso) {
        try {
            return LocalDate.parse(iso.substring(0, Math.min(10, iso.length())));
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    /** The offset of an ISO value produced by {@link #normalize}, or null for a local value. */
    public static ZoneOffset offset(String iso) {
        try {
            return OffsetDateTime.parse(iso).getOffset();
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    private static boolean plausible(LocalDate d) {
        return d.getYear() >= 1990 && d.getYear() <= 2100;
    }

    private static String withZone(LocalDateTime t, String zone) {
        if (zone == null) return t.toString();
        String z = zone.toUpperCase(Locale.ROOT);
        Integer minutes = ZONES.get(z);
        ZoneOffset off;
        if (minutes != null) {
            off = ZoneOffset.ofTotalSeconds(minutes * 60);
        } else if (z.startsWith("+") || z.startsWith("-")) {
            String digits = z.substring(1).replace(":", "");
            if (digits.length() == 2) digits += "00";
            if (digits.length() != 4) return t.toString();
            int total = Integer.parseInt(digits.substring(0, 2)) * 60 + Integer.parseInt(digits.substring(2));
            off = ZoneOffset.ofTotalSeconds((z.startsWith("-") ? -total : total) * 60);
        } else {
            return t.toString();
        }
        return OffsetDateTime.of(t, off).toString();
    }

    private static int month(String s) {
        for (DateTimeFormatter f : new DateTimeFormatter[] {MONTH, MONTH_FULL}) {
            try {
                return f.parse(s).get(ChronoField.MONTH_OF_YEAR);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return -1;
    }
}
