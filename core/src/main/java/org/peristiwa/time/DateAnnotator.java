package org.peristiwa.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peristiwa.number.NumberMention;
import org.peristiwa.report.Component;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Span;
import org.peristiwa.report.Token;

/**
 * Finds date expressions and resolves them to days: absolute ("9 May 2020", "May 9, 2020", "3 Februari 2017",
 * numeric "3/2/2017" in day/month order outside English), month-only ("in October", "bulan April 2015"),
 * weekdays ("on Friday", "Kamis (9/3/2017)") and relative days ("kemarin", "yesterday", "last week") against
 * the publication date. A date without a year takes the latest year that does not put it after the anchor.
 * Also finds durations in days ("four days of clashes", "empat hari bentrokan").
 */
public final class DateAnnotator implements Component {

    private static final Set<String> MONTH_ALONE_CUES = Set.of("in", "of", "early", "late", "mid", "since", "during",
            "until", "last", "this", "bulan", "pada", "awal", "akhir", "pertengahan", "sejak", "hingga", "sampai", "selama");
    private static final Set<String> APPROXIMATE_CUES = Set.of("around", "about", "circa", "approximately", "sekitar",
            "reported", "week", "pekan");
    private static final Set<String> DAY_WORDS = Set.of("day", "days", "hari");

    private final CalendarWords words;

    public DateAnnotator(CalendarWords words) {
        this.words = words;
    }

    public DateAnnotator() {
        this(CalendarWords.standard());
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public void process(Report report) {
        List<DateMention> found = new ArrayList<>();
        List<Token> toks = report.tokens();
        LocalDate anchor = report.anchorDate();
        boolean dayFirst = !report.language().equals("en");
        // Pass 1: dates with their own year; they can anchor the rest when the page has no publication date.
        for (Sentence s : report.sentences()) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                int next = readAbsolute(report, toks, i, s.endToken(), dayFirst, found);
                i = next > i ? next : i + 1;
            }
        }
        if (anchor == null) {
            anchor = found.stream().map(DateMention::date).max(LocalDate::compareTo).orElse(null);
        }
        if (anchor != null) {
            List<DateMention> relative = new ArrayList<>();
            for (Sentence s : report.sentences()) {
                int i = s.firstToken();
                while (i < s.endToken()) {
                    int next = covered(found, toks.get(i)) ? i + 1 : readRelative(report, toks, i, s.endToken(), anchor, relative);
                    i = next > i ? next : i + 1;
                }
            }
            found.addAll(relative);
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        report.setDates(found);
        report.setDurations(durations(report));
    }

    private static boolean covered(List<DateMention> found, Token t) {
        for (DateMention d : found) {
            if (d.span().contains(t.start())) return true;
        }
        return false;
    }

    // ---- absolute dates ---------------------------------------------------------------------------------

    private int readAbsolute(Report r, List<Token> toks, int i, int end, boolean dayFirst, List<DateMention> out) {
        Token t = toks.get(i);
        String w = t.lower();
        // numeric d/m/yyyy (m/d/yyyy in English when the day-first reading is impossible)
        if (w.indexOf('/') > 0) {
            int[] parts = numericParts(w);
            if (parts != null && parts.length == 3) {
                LocalDate d = numeric(parts[0], parts[1], fullYear(parts[2]), dayFirst);
                if (d != null) {
                    int from = weekdayBefore(toks, i);
                    int to = i + 1 < end && toks.get(i + 1).lower().equals(")") ? i + 2 : i + 1;
                    out.add(mention(r, toks, from, to, d, approx(toks, from), false, "date:numeric-" + (dayFirst ? "dmy" : "mdy")));
                    return to;
                }
            }
            return i + 1;
        }
        Integer day = dayNumber(w);
        if (day != null && i + 1 < end) {
            int j = i + 1;
            if (toks.get(j).lower().equals("of") && j + 1 < end) j++;
            Integer month = words.month(toks.get(j).lower());
            if (month != null && !isModalMay(toks.get(j))) {
                int k = j + 1;
                if (k < end && toks.get(k).lower().equals(".")) k++;
                Integer year = k < end ? year(toks.get(k).lower()) : null;
                int from = rangeStart(toks, i);
                from = weekdayBefore(toks, from);
                if (year != null) {
                    LocalDate d = safe(year, month, day);
                    if (d != null) {
                        int prec = from < i && toks.get(from).lower().matches("\\d+") ? 2 : approx(toks, from);
                        out.add(mention(r, toks, from, k + 1, d, prec, false, "date:day-month-year"));
                        return k + 1;
                    }
                }
                return i + 1; // day and month without a year: resolved in the relative pass
            }
        }
        Integer month = words.month(w);
        if (month != null && !isModalMay(t) && i + 1 < end) {
            int j = i + 1;
            Integer d2 = dayNumber(toks.get(j).lower());
            if (d2 != null) {
                int k = j + 1;
                if (k < end && toks.get(k).lower().equals(",")) k++;
                Integer year = k < end ? year(toks.get(k).lower()) : null;
                if (year != null) {
                    LocalDate d = safe(year, month, d2);
                    if (d != null) {
                        int from = weekdayBefore(toks, i);
                        out.add(mention(r, toks, from, k + 1, d, approx(toks, from), false, "date:month-day-year"));
                        return k + 1;
                    }
                }
            }
            Integer year = year(toks.get(j).lower());
            if (year != null) {
                out.add(mention(r, toks, i, j + 1, LocalDate.of(year, month, 1), 3, false, "date:month-year"));
                return j + 1;
            }
        }
        return i + 1;
    }

    // ---- dates resolved against the anchor ----------------------------------------------------------------

    private int readRelative(Report r, List<Token> toks, int i, int end, LocalDate anchor, List<DateMention> out) {
        Token t = toks.get(i);
        String w = t.lower();
        // relative day / week / month phrases
        for (CalendarWords.Entry e : words.startingWith(w)) {
            if (e.kind().equals("holiday") && matches(toks, i, end, e.tokens())) {
                // "malam pergantian tahun", "New Year's Eve": the nearest such day to the publication date
                LocalDate d = nearestDay(anchor, e.value() / 100, e.value() % 100);
                int to = i + e.tokens().length;
                out.add(mention(r, toks, i, to, d, 1, true, "date:holiday"));
                return to;
            }
            if (!e.kind().startsWith("relative_") || !matches(toks, i, end, e.tokens())) continue;
            int to = i + e.tokens().length;
            LocalDate d;
            int prec;
            switch (e.kind()) {
                case "relative_day" -> { d = anchor.plusDays(e.value()); prec = 1; }
                case "relative_week" -> { d = anchor.plusWeeks(e.value()); prec = 2; }
                default -> { d = anchor.plusMonths(e.value()).withDayOfMonth(1); prec = 3; }
            }
            out.add(mention(r, toks, i, to, d, prec, true, "date:" + e.kind()));
            return to;
        }
        Integer day = dayNumber(w);
        if (day != null && i + 1 < end) {
            Integer month = words.month(toks.get(i + 1).lower());
            if (month != null && !isModalMay(toks.get(i + 1))) {
                LocalDate d = latestNotAfter(anchor, month, day);
                if (d != null) {
                    int from = weekdayBefore(toks, rangeStart(toks, i));
                    out.add(mention(r, toks, from, i + 2, d, approx(toks, from), true, "date:day-month"));
                    return i + 2;
                }
            }
        }
        Integer month = words.month(w);
        if (month != null && !isModalMay(t)) {
            if (i + 1 < end) {
                Integer d2 = dayNumber(toks.get(i + 1).lower());
                if (d2 != null) {
                    LocalDate d = latestNotAfter(anchor, month, d2);
                    if (d != null) {
                        out.add(mention(r, toks, i, i + 2, d, approx(toks, i), true, "date:month-day"));
                        return i + 2;
                    }
                }
            }
            if (i > 0 && MONTH_ALONE_CUES.contains(toks.get(i - 1).lower()) && t.isCapitalised()) {
                LocalDate d = LocalDate.of(anchor.getYear(), month, 1);
                if (d.isAfter(anchor)) d = d.minusYears(1);
                out.add(mention(r, toks, i, i + 1, d, 3, true, "date:month-alone"));
                return i + 1;
            }
        }
        Integer weekday = words.weekday(w);
        // Indonesian "minggu" is also "week" ("dalam dua minggu"): a weekday name is written with a capital
        if (weekday != null && !t.isCapitalised() && !r.language().equals("en")) weekday = null;
        if (weekday != null) {
            int to = i + 1;
            // "Jum'at (3/2)" — the day and month in brackets, year from the anchor
            if (to + 1 < end && toks.get(to).lower().equals("(")) {
                int[] parts = numericParts(toks.get(to + 1).lower());
                if (parts != null && parts.length == 2) {
                    LocalDate d = nearest(anchor, parts[1], parts[0], weekday);
                    if (d != null) {
                        int close = to + 2 < end && toks.get(to + 2).lower().equals(")") ? to + 3 : to + 2;
                        out.add(mention(r, toks, i, close, d, 1, true, "date:weekday-numeric"));
                        return close;
                    }
                }
            }
            if (to < end && (toks.get(to).lower().equals("lalu") || toks.get(to).lower().equals("kemarin"))) to++;
            LocalDate d = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(weekday)));
            out.add(mention(r, toks, i, to, d, 1, true, "date:weekday"));
            return to;
        }
        return i + 1;
    }

    // ---- durations ----------------------------------------------------------------------------------------

    private static List<DurationMention> durations(Report r) {
        List<DurationMention> out = new ArrayList<>();
        List<Token> toks = r.tokens();
        for (NumberMention n : r.numbers()) {
            if (n.endToken() < toks.size() && DAY_WORDS.contains(toks.get(n.endToken()).lower())
                    && n.value() > 0 && n.value() < 400) {
                Span span = new Span(n.span().start(), toks.get(n.endToken()).end());
                out.add(new DurationMention(span, (int) n.value(), "duration:count-days"));
            }
        }
        return out;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private DateMention mention(Report r, List<Token> toks, int from, int to, LocalDate d, int precision,
                                boolean relative, String rule) {
        return new DateMention(new Span(toks.get(from).start(), toks.get(to - 1).end()), d, precision, relative, rule);
    }

    /** 2 when the words just before the date hedge it ("around 9 May", "sekitar"), else 1. */
    private static int approx(List<Token> toks, int from) {
        for (int k = Math.max(0, from - 3); k < from; k++) {
            if (APPROXIMATE_CUES.contains(toks.get(k).lower())) return 2;
        }
        return 1;
    }

    /** Extends a date back over "Friday," / "Jum'at" / "on the night of" style weekday words before it. */
    private int weekdayBefore(List<Token> toks, int i) {
        int k = i - 1;
        if (k >= 0 && (toks.get(k).lower().equals(",") || toks.get(k).lower().equals("("))) k--;
        if (k >= 0 && words.weekday(toks.get(k).lower()) != null) return k;
        return i;
    }

    /** "between 1 and 7 May", "1-7 May": the span starts at the first day. */
    private static int rangeStart(List<Token> toks, int i) {
        if (i >= 2 && (toks.get(i - 1).lower().equals("and") || toks.get(i - 1).lower().equals("-")
                || toks.get(i - 1).lower().equals("dan") || toks.get(i - 1).lower().equals("hingga"))
                && dayNumber(toks.get(i - 2).lower()) != null) {
            return i - 2;
        }
        return i;
    }

    private static boolean matches(List<Token> toks, int i, int end, String[] phrase) {
        if (i + phrase.length > end) return false;
        for (int k = 0; k < phrase.length; k++) {
            if (!toks.get(i + k).lower().equals(phrase[k])) return false;
        }
        return true;
    }

    /** "may" is a month only when written "May" (capitalised) — the modal verb is far more frequent. */
    private static boolean isModalMay(Token t) {
        return t.lower().equals("may") && !t.surface().equals("May");
    }

    static Integer dayNumber(String w) {
        int n = w.length();
        int k = 0;
        while (k < n && Character.isDigit(w.charAt(k))) k++;
        if (k == 0 || k > 2) return null;
        String rest = w.substring(k);
        if (!(rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"))) return null;
        int d = Integer.parseInt(w.substring(0, k));
        return d >= 1 && d <= 31 ? d : null;
    }

    static Integer year(String w) {
        if (w.length() == 4 && w.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(w);
            return y >= 1900 && y <= 2100 ? y : null;
        }
        return null;
    }

    private static int fullYear(int y) {
        return y < 100 ? 2000 + y : y;
    }

    static int[] numericParts(String w) {
        String[] p = w.split("/");
        if (p.length < 2 || p.length > 3) return null;
        int[] out = new int[p.length];
        for (int k = 0; k < p.length; k++) {
            if (p[k].isEmpty() || p[k].length() > 4 || !p[k].chars().allMatch(Character::isDigit)) return null;
            out[k] = Integer.parseInt(p[k]);
        }
        return out;
    }

    private static LocalDate numeric(int a, int b, int year, boolean dayFirst) {
        LocalDate d = dayFirst ? safe(year, b, a) : safe(year, a, b);
        if (d == null) d = dayFirst ? safe(year, a, b) : safe(year, b, a);
        return d;
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The date with this month and day nearest the anchor that falls on {@code weekday} (a plan for "Selasa (13/9)"
     * lies ahead; a report of "Senin (12/4)" behind); null when no nearby year fits.
     */
    private static LocalDate nearest(LocalDate anchor, int month, int day, int weekday) {
        LocalDate best = weekdayFit(anchor, month, day, weekday);
        // "Sabtu (6/3)" in a June report translated from the American order: the weekday says month 6, day 3
        LocalDate swapped = month != day ? weekdayFit(anchor, day, month, weekday) : null;
        if (swapped != null && Math.abs(swapped.toEpochDay() - anchor.toEpochDay()) <= 60
                && (best == null || Math.abs(swapped.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay()))) {
            return swapped;
        }
        return best != null ? best : latestNotAfter(anchor, month, day);
    }

    /** The date with this month and day within a year of the anchor that falls on {@code weekday}, nearest the anchor. */
    private static LocalDate weekdayFit(LocalDate anchor, int month, int day, int weekday) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = safe(y, month, day);
            if (d == null || d.getDayOfWeek().getValue() != weekday) continue;
            if (best == null || Math.abs(d.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay())) best = d;
        }
        return best;
    }

    private static LocalDate nearestDay(LocalDate anchor, int month, int day) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = safe(y, month, day);
            if (d != null && (best == null || Math.abs(d.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay()))) best = d;
        }
        return best;
    }

    /** The latest date with this month and day that is not after the anchor (plus a day of slack for time zones). */
    private static LocalDate latestNotAfter(LocalDate anchor, int month, int day) {
        for (int y = anchor.getYear() + 1; y >= anchor.getYear() - 1; y--) {
            LocalDate d = safe(y, month, day);
            if (d != null && !d.isAfter(anchor.plusDays(1))) return d;
        }
        return null;
    }
}
