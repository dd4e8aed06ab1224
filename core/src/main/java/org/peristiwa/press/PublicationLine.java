package org.peristiwa.press;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.chrono.HijrahDate;
import java.util.List;
import org.peristiwa.report.Token;
import org.peristiwa.text.Tokenizer;
import org.peristiwa.time.CalendarWords;

/**
 * Reads a page's date line: "Senin, 9 Sya'ban 1446 H / 13 Maret 2017 15:47 wib",
 * "Kompas.com - 15/04/2021, 10:12 WIB", "Published May 9, 2020 14:30 GMT". Finds the Gregorian date, the time
 * and zone, the weekday and the Hijri date when printed beside it. Offsets are relative to the line's start.
 */
final class PublicationLine {

    /** What one date line says. Fields are null when the line does not show them. */
    record Parsed(LocalDate date, int dateStart, int dateEnd, LocalTime time, ZoneOffset zone, int timeEnd,
                  Integer weekday, int weekdayStart, int weekdayEnd,
                  HijriParsed hijri, String leadingOutlet) {}

    /** A printed Hijri date: year, month, day as printed, and where it stands in the line. */
    record HijriParsed(int year, int month, int day, int start, int end) {
        /** The Gregorian day this Hijri date is in the Umm al-Qura calendar, or null when out of its range. */
        LocalDate toGregorian() {
            try {
                return LocalDate.from(HijrahDate.of(year, month, day));
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    private static final int MAX_TOKENS = 24;
    private final CalendarWords words;
    private final Tokenizer tokenizer = new Tokenizer();

    PublicationLine(CalendarWords words) {
        this.words = words;
    }

    Parsed parse(String line) {
        List<Token> toks = tokenizer.tokenize(line, 0, line.length(), 0);
        if (toks.isEmpty() || toks.size() > MAX_TOKENS) return null;
        HijriParsed hijri = null;
        LocalDate date = null;
        int dateStart = -1, dateEnd = -1;
        Integer weekday = null;
        int wdStart = -1, wdEnd = -1;
        LocalTime time = null;
        ZoneOffset zone = null;
        int timeEnd = -1;
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).lower();
            if (weekday == null && words.weekday(w) != null) {
                weekday = words.weekday(w);
                wdStart = toks.get(i).start();
                wdEnd = toks.get(i).end();
                continue;
            }
            Integer day = smallInt(w, 31);
            if (day != null && i + 1 < toks.size()) {
                // a Hijri month: "9 Sya'ban 1446 H"
                Integer hm = null;
                int after = -1;
                for (CalendarWords.Entry e : words.startingWith(toks.get(i + 1).lower())) {
                    if (e.kind().equals("hijri_month") && fits(toks, i + 1, e.tokens())) {
                        hm = e.value();
                        after = i + 1 + e.tokens().length;
                        break;
                    }
                }
                if (hm != null && after < toks.size()) {
                    Integer y = smallInt(toks.get(after).lower(), 1600);
                    if (y != null && y > 1300) {
                        int end = after + 1;
                        if (end < toks.size() && toks.get(end).lower().equals("h")) end++;
                        hijri = new HijriParsed(y, hm, day, toks.get(i).start(), toks.get(end - 1).end());
                        i = end - 1;
                        continue;
                    }
                }
                Integer m = words.month(toks.get(i + 1).lower());
                if (date == null && m != null && i + 2 < toks.size()) {
                    Integer y = year(toks.get(i + 2).lower());
                    if (y != null && (date = safe(y, m, day)) != null) {
                        dateStart = toks.get(i).start();
                        dateEnd = toks.get(i + 2).end();
                        i += 2;
                        continue;
                    }
                }
            }
            Integer m = words.month(w);
            if (date == null && m != null && i + 2 < toks.size()) {
                Integer d = smallInt(toks.get(i + 1).lower(), 31);
                int yi = i + 2;
                if (yi < toks.size() && toks.get(yi).lower().equals(",")) yi++;
                Integer y = yi < toks.size() ? year(toks.get(yi).lower()) : null;
                if (d != null && y != null && (date = safe(y, m, d)) != null) {
                    dateStart = toks.get(i).start();
                    dateEnd = toks.get(yi).end();
                    i = yi;
                    continue;
                }
            }
            if (date == null && w.indexOf('/') > 0) {
                String[] p = w.split("/");
                if (p.length == 3) {
                    Integer d = smallInt(p[0], 31), mo = smallInt(p[1], 12), y = year(p[2]);
                    if (d != null && mo != null && y != null && (date = safe(y, mo, d)) != null) {
                        dateStart = toks.get(i).start();
                        dateEnd = toks.get(i).end();
                        continue;
                    }
                }
            }
            if (date != null && time == null && w.indexOf(':') > 0) {
                String[] p = w.split(":");
                Integer h = smallInt(p[0], 23), mi = p.length > 1 ? smallInt(p[1], 59) : null;
                if (h != null && mi != null && p[1].length() == 2) {
                    time = LocalTime.of(h, mi);
                    timeEnd = toks.get(i).end();
                    int z = i + 1;
                    if (z < toks.size()) {
                        String zw = toks.get(z).surface();
                        if (zw.equalsIgnoreCase("pm") && h < 12) time = time.plusHours(12);
                        if (zw.equalsIgnoreCase("am") || zw.equalsIgnoreCase("pm")) z++;
                    }
                    if (z < toks.size()) {
                        ZoneOffset off = zone(toks.get(z).surface());
                        if (off != null) {
                            zone = off;
                            timeEnd = toks.get(z).end();
                            // "GMT+8", "UTC-05:00"
                            if (z + 2 < toks.size() && (toks.get(z + 1).lower().equals("+") || toks.get(z + 1).lower().equals("-"))) {
                                ZoneOffset shift = offset(toks.get(z + 1).lower(), toks.get(z + 2).lower());
                                if (shift != null) {
                                    zone = shift;
                                    timeEnd = toks.get(z + 2).end();
                                }
                            }
                        }
                    }
                }
            }
        }
        if (date == null) return null;
        String outlet = null;
        if (dateStart > 0) {
            String before = line.substring(0, dateStart).replaceAll("[\\s\\-–—|,:]+$", "").trim();
            if (before.contains(".") && !before.contains(" ")) outlet = before;
        }
        return new Parsed(date, dateStart, dateEnd, time, zone, timeEnd, weekday, wdStart, wdEnd, hijri, outlet);
    }

    private static ZoneOffset offset(String sign, String digits) {
        try {
            String d = digits.replace(":", "");
            int h = d.length() <= 2 ? Integer.parseInt(d) : Integer.parseInt(d.substring(0, d.length() - 2));
            int m = d.length() <= 2 ? 0 : Integer.parseInt(d.substring(d.length() - 2));
            int total = (h * 60 + m) * (sign.equals("-") ? -1 : 1);
            return Math.abs(total) <= 14 * 60 ? ZoneOffset.ofTotalSeconds(total * 60) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private ZoneOffset zone(String surface) {
        for (CalendarWords.Entry e : words.startingWith(surface.toLowerCase(java.util.Locale.ROOT))) {
            if (e.kind().equals("zone") && e.tokens().length == 1) return ZoneOffset.ofTotalSeconds(e.value() * 60);
        }
        return null;
    }

    private static boolean fits(List<Token> toks, int i, String[] phrase) {
        if (i + phrase.length > toks.size()) return false;
        for (int k = 0; k < phrase.length; k++) {
            if (!toks.get(i + k).lower().equals(phrase[k])) return false;
        }
        return true;
    }

    private static Integer smallInt(String w, int max) {
        if (w.isEmpty() || w.length() > 4 || !w.chars().allMatch(Character::isDigit)) return null;
        int v = Integer.parseInt(w);
        return v >= 1 && v <= max ? v : null;
    }

    private static Integer year(String w) {
        if (w.length() != 4 || !w.chars().allMatch(Character::isDigit)) return null;
        int y = Integer.parseInt(w);
        return y >= 1900 && y <= 2100 ? y : null;
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
