package org.peristiwa.press;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peristiwa.geo.Country;
import org.peristiwa.geo.Gazetteer;
import org.peristiwa.geo.Place;
import org.peristiwa.kb.Tsv;
import org.peristiwa.report.Component;
import org.peristiwa.report.Evidence;
import org.peristiwa.report.Fact;
import org.peristiwa.report.Flag;
import org.peristiwa.report.Report;
import org.peristiwa.report.ReportMetadata;
import org.peristiwa.report.Span;
import org.peristiwa.report.Zone;
import org.peristiwa.time.CalendarWords;

/**
 * Reads the press's own conventions on a page saved as text: the date line (with a Hijri date beside the
 * Gregorian one, checked against each other), the view count, the title, the dateline that opens the body
 * ("DEIR EZ-ZOR, SURIAH (voa-islam.com) -"), the closing credit ("(an/ARA)"), section headings and boilerplate
 * lines (calls to share, "baca juga"). It fills the report's metadata and flags and divides the text into
 * zones, so that later steps read only the title and the body.
 */
public final class PressConventions implements Component {

    private static final Pattern VIEWS = Pattern.compile(
            "^\\s*(\\d{1,3}(?:[.,]\\d{3})*|\\d+)\\s*(views?|kali dibaca|dibaca|dilihat|x dibaca|pembaca|reads)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu} .'’-]{1,40}?)(?:\\s*,\\s*(\\p{L}[\\p{L}. '’-]{1,40}?))?\\s*(?:\\(([^)]{1,60})\\))?\\s*[-–—]{1,2}\\s+");
    /** "Jakarta -", "Makassar, Sulawesi Selatan -": a title-case dateline, accepted only for a known place. */
    private static final Pattern DATELINE_TITLE = Pattern.compile(
            "^\\s*(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?)(?:\\s*,\\s*(\\p{L}[\\p{L}. '’-]{1,40}?))?\\s*(?:\\(([^)]{1,60})\\))?\\s*[-–—]{1,2}\\s+");
    /** "TEMPO.CO, Jakarta -", "TRIBUN-TIMUR.COM, MAKASSAR -", "REPUBLIKA.CO.ID, RAQQA --": the outlet's domain first. */
    private static final Pattern OUTLET_FIRST = Pattern.compile(
            "^\\s*([\\p{L}\\d-]+(?:\\.[\\p{L}]{2,4})+)\\s*,\\s*(\\p{Lu}[\\p{L} .'’-]{1,40}?)\\s*[-–—]{1,2}\\s+");
    private static final Pattern CREDIT = Pattern.compile("\\((\\p{L}{1,8})/(\\p{L}{1,16})\\)\\s*$");
    private static final int HEADER_LINES = 8;
    private static final Pattern BYLINE = Pattern.compile("^(By|Oleh|Penulis|Reporter|Reporter:|Editor|Laporan|Written by)\\b");

    private final PublicationLine publicationLine;
    private final Boilerplate boilerplate;
    private final Map<String, String> credits = new HashMap<>();
    private final Gazetteer gazetteer;

    public PressConventions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.publicationLine = new PublicationLine(CalendarWords.standard());
        this.boilerplate = new Boilerplate(Tsv.resource("press/boilerplate.tsv", "kind", "lang", "cues"));
        for (Tsv.Row row : Tsv.resource("press/credits.tsv", "code", "source")) {
            credits.put(row.require("code").toLowerCase(Locale.ROOT), row.require("source"));
        }
    }

    @Override
    public String name() {
        return "press";
    }

    @Override
    public void process(Report report) {
        String text = report.text();
        List<Span> lines = lines(text);
        Zone[] zones = new Zone[lines.size()];
        int nonBlankSeen = 0;
        boolean haveDate = false;
        // 1. header lines: date and view-count lines among the first lines of the page
        for (int li = 0; li < lines.size() && nonBlankSeen < HEADER_LINES; li++) {
            Span line = lines.get(li);
            String s = line.of(text);
            nonBlankSeen++;
            // A date line is a line of its own on a page of several lines, and is not a sentence.
            if (!haveDate && lines.size() >= 2 && s.length() < 120 && !s.endsWith(".")) {
                PublicationLine.Parsed p = publicationLine.parse(s);
                if (p != null && !DATELINE.matcher(s).find()) {
                    readPublication(report, line.start(), s, p);
                    zones[li] = Zone.HEADER;
                    haveDate = true;
                    continue;
                }
            }
            Matcher v = VIEWS.matcher(s);
            if (v.find()) {
                long count = Long.parseLong(v.group(1).replace(".", "").replace(",", ""));
                report.metadata().viewCount = new Fact<>(count,
                        report.evidence(line.start() + v.start(), line.start() + v.end(1), "press:view-count"));
                zones[li] = Zone.HEADER;
            }
        }
        // 2. the dateline opens the body; page furniture before it (section labels, bylines) is header
        int datelineLine = -1, datelineEnd = -1;
        for (int li = 0, seen = 0; li < lines.size() && seen < 10; li++) {
            if (zones[li] != null) continue;
            seen++;
            int end = readDateline(report, lines.get(li));
            if (end >= 0) {
                datelineLine = li;
                datelineEnd = end;
                break;
            }
        }
        // 3. title: the first line of four words or more before the body (not a byline)
        int remaining = 0;
        for (int li = 0; li < lines.size(); li++) if (zones[li] == null) remaining++;
        int limit = datelineLine >= 0 ? datelineLine : Math.min(lines.size(), 4);
        for (int li = 0; li < limit && remaining >= 2; li++) {
            if (zones[li] != null) continue;
            String s = lines.get(li).of(text);
            if (BYLINE.matcher(s).find()) {
                zones[li] = Zone.HEADER;
                report.metadata().byline = new Fact<>(s.strip(), report.evidence(lines.get(li), "press:byline"));
                continue;
            }
            if (report.metadata().title == null && s.length() <= 250 && words(s) >= 4) {
                zones[li] = Zone.TITLE;
                report.metadata().title = new Fact<>(s.strip(), report.evidence(lines.get(li), "press:title-line"));
            } else if (datelineLine >= 0) {
                zones[li] = Zone.HEADER;   // section labels and other furniture above the dateline
            }
        }
        // 3. body, headings, boilerplate
        int firstBody = -1, lastBody = -1;
        for (int li = 0; li < lines.size(); li++) {
            if (zones[li] != null) continue;
            Span line = lines.get(li);
            String s = line.of(text);
            Boilerplate.Cue cue = boilerplate.match(s);
            if (cue != null && (cue.kind().equals("read_also") || li >= lines.size() - 3)) {
                zones[li] = Zone.BOILERPLATE;
                if (cue.kind().equals("call_to_share")) {
                    report.addFlag(new Flag(Flag.CALL_TO_SHARE, "the page asks readers to spread it (cue '" + cue.text() + "')",
                            report.evidence(line, "press:call-to-share")));
                }
                continue;
            }
            if (firstBody >= 0 && isHeading(s) && li + 1 < lines.size()) {
                zones[li] = Zone.HEADING;
                continue;
            }
            zones[li] = Zone.BODY;
            if (firstBody < 0) firstBody = li;
            lastBody = li;
        }
        if (lastBody >= 0) readCredit(report, lines.get(lastBody));
        // The dateline is metadata: the body of its line starts after it, so that its place and outlet are not
        // read as the event's place or a source of the story.
        List<Span> spans = new ArrayList<>();
        List<Zone> kinds = new ArrayList<>();
        for (int li = 0; li < lines.size(); li++) {
            Span line = lines.get(li);
            if (li == datelineLine && zones[li] == Zone.BODY && datelineEnd > line.start() && datelineEnd < line.end()) {
                spans.add(new Span(line.start(), datelineEnd));
                kinds.add(Zone.HEADER);
                spans.add(new Span(datelineEnd, line.end()));
                kinds.add(Zone.BODY);
            } else {
                spans.add(line);
                kinds.add(zones[li]);
            }
        }
        report.setZones(spans, kinds);
        if (report.metadata().published == null && report.anchorDate() == null) {
            report.addFlag(new Flag(Flag.NO_PUBLICATION_DATE, "the page shows no publication date; relative dates "
                    + "are resolved against the latest full date in the text", null));
        }
    }

    private static boolean isHeading(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 60) return false;
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == ':') return false;
        return t.split("\\s+").length <= 6;
    }

    private void readPublication(Report report, int lineStart, String s, PublicationLine.Parsed p) {
        LocalDate date = p.date();
        String iso;
        int end = p.timeEnd() > 0 ? p.timeEnd() : p.dateEnd();
        int start = p.weekdayStart() >= 0 && p.weekdayStart() < p.dateStart() ? p.weekdayStart() : p.dateStart();
        if (p.time() != null && p.zone() != null) {
            iso = OffsetDateTime.of(date, p.time(), p.zone()).toString();
        } else if (p.time() != null) {
            iso = date + "T" + p.time();
        } else {
            iso = date.toString();
        }
        report.metadata().published = new Fact<>(iso, report.evidence(lineStart + start, lineStart + end, "press:date-line"));
        report.setAnchor(date, p.zone());
        if (p.leadingOutlet() != null && report.metadata().outlet == null) {
            report.metadata().outlet = new Fact<>(p.leadingOutlet(), report.evidence(lineStart, lineStart + p.leadingOutlet().length(),
                    "press:date-line-outlet"));
        }
        boolean weekdayAgrees = p.weekday() == null || date.getDayOfWeek() == DayOfWeek.of(p.weekday());
        if (!weekdayAgrees) {
            report.addFlag(new Flag(Flag.WEEKDAY_MISMATCH, "the weekday printed is not the weekday of " + date,
                    report.evidence(lineStart + p.weekdayStart(), lineStart + p.weekdayEnd(), "press:weekday-check")));
        }
        PublicationLine.HijriParsed h = p.hijri();
        if (h != null) {
            LocalDate hg = h.toGregorian();
            Evidence ev = report.evidence(lineStart + h.start(), lineStart + h.end(), "press:hijri-date");
            report.metadata().publishedHijri = new Fact<>(String.format(Locale.ROOT, "%04d-%02d-%02d", h.year(), h.month(), h.day()), ev);
            // A day's difference is normal (the Hijri day starts at sunset, and local sighting differs from Umm al-Qura).
            if (hg == null || Math.abs(hg.toEpochDay() - date.toEpochDay()) > 2) {
                String weekdayNote = p.weekday() == null ? ""
                        : weekdayAgrees ? " and its printed weekday (" + DayOfWeek.of(p.weekday()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ") agree"
                        : " and its printed weekday disagree too";
                report.addFlag(new Flag(Flag.HIJRI_GREGORIAN_MISMATCH,
                        "the Hijri date " + h.day() + "/" + h.month() + "/" + h.year() + " H is "
                                + (hg == null ? "outside the Umm al-Qura calendar" : hg + " (Umm al-Qura)")
                                + ", not " + date + "; the Gregorian date" + weekdayNote + ", so the Gregorian date is trusted",
                        ev));
            }
        }
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }

    /** The parts of a dateline as written, with their offsets in the line (-1 when absent). */
    private record DatelineParts(String place, int placeStart, int placeEnd, String second, int secondStart, int secondEnd,
                                 String outlet, int outletStart, int end) {}

    /**
     * The dateline forms of the press: "DEIR EZ-ZOR, SURIAH (voa-islam.com) -", "BEIRUT (Reuters) -",
     * "JAYAPURA, KOMPAS.com -", "TEMPO.CO, Jakarta -", "Jakarta, CNN Indonesia --", "Merauke, Jubi –",
     * "Poso, Sulawesi Tengah (ANTARA) -". A title-case place must be a known place.
     */
    private DatelineParts datelineParts(String s) {
        Matcher m = OUTLET_FIRST.matcher(s);
        if (m.find()) {
            String place = m.group(2).strip();
            if (gazetteer.country(place) != null || !gazetteer.wellKnownPlacesNamed(place).isEmpty()
                    || place.equals(place.toUpperCase(Locale.ROOT))) {
                return new DatelineParts(place, m.start(2), m.start(2) + place.length(), null, -1, -1, m.group(1), m.start(1), m.end());
            }
        }
        m = DATELINE.matcher(s);
        if (m.find() && m.group(1).strip().length() >= 3) {
            return parts(m, 1, 2, 3);
        }
        m = DATELINE_TITLE.matcher(s);
        if (m.find() && (!gazetteer.wellKnownPlacesNamed(m.group(1)).isEmpty() || gazetteer.country(m.group(1)) != null)) {
            return parts(m, 1, 2, 3);
        }
        return null;
    }

    private static DatelineParts parts(Matcher m, int place, int second, int paren) {
        String p = m.group(place).strip();
        String sec = m.group(second) == null ? null : m.group(second).strip();
        String par = m.group(paren) == null ? null : m.group(paren).strip();
        return new DatelineParts(p, m.start(place), m.start(place) + p.length(), sec, sec == null ? -1 : m.start(second),
                sec == null ? -1 : m.start(second) + sec.length(), par, par == null ? -1 : m.start(paren), m.end());
    }

    /** Reads a dateline at the start of {@code line}; returns where it ends in the text, or -1 when there is none. */
    private int readDateline(Report report, Span line) {
        DatelineParts d = datelineParts(line.of(report.text()));
        if (d == null) return -1;
        Country country = null;
        String outlet = d.outlet();
        int outletStart = d.outletStart();
        boolean secondIsPlace = false;
        if (d.second() != null) {
            Country c = gazetteer.country(d.second());
            if (c != null) {
                country = c;
                secondIsPlace = true;
            } else if (!gazetteer.wellKnownPlacesNamed(d.second()).isEmpty()) {
                secondIsPlace = true;   // a province: "Poso, Sulawesi Tengah (ANTARA)"
            } else if (outlet == null) {
                outlet = d.second();      // "JAYAPURA, KOMPAS.com -", "Jakarta, CNN Indonesia --", "Merauke, Jubi –"
                outletStart = d.secondStart();
            }
        }
        String placeName;
        Country placeCountry = gazetteer.country(d.place());
        if (placeCountry != null && country == null) {
            placeName = placeCountry.name();
            country = placeCountry;
        } else {
            Place best = null;
            for (Place p : gazetteer.wellKnownPlacesNamed(d.place())) {
                if (country != null && !p.country().equals(country.name())) continue;
                // a dateline names a town: prefer the most precise place of that name
                if (best == null || p.geoPrecision() < best.geoPrecision()) best = p;
            }
            if (best != null) {
                placeName = best.name();
                if (country == null) country = gazetteer.country(best.country());
            } else {
                placeName = titleCase(d.place());
            }
        }
        int start = line.start() + d.placeStart();
        int end = line.start() + (secondIsPlace ? d.secondEnd() : d.placeEnd());
        report.metadata().dateline = new ReportMetadata.Dateline(placeName, country == null ? null : country.name(),
                report.evidence(start, end, "press:dateline"));
        if (outlet != null && report.metadata().outlet == null) {
            int os = line.start() + outletStart;
            report.metadata().outlet = new Fact<>(outlet, report.evidence(os, os + outlet.length(), "press:dateline-outlet"));
        }
        return line.start() + d.end();
    }

    private void readCredit(Report report, Span line) {
        String s = line.of(report.text());
        Matcher m = CREDIT.matcher(s);
        if (!m.find()) return;
        String code = m.group(2);
        String source = credits.get(code.toLowerCase(Locale.ROOT));
        report.metadata().credit = new ReportMetadata.Credit(m.group(1) + "/" + code, source, m.group(1),
                report.evidence(line.start() + m.start(), line.start() + m.end(), "press:credit-line"));
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }

    static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                int s = start, e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (e > s) out.add(new Span(s, e));
                start = i + 1;
            }
        }
        return out;
    }
}
