package org.peristiwa.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peristiwa.kb.Tsv;

/** Month, weekday, Hijri month and relative-day words of every supported language, from {@code time/calendar.tsv}. */
public final class CalendarWords {

    /** A word or phrase and the value it stands for; {@code tokens} is its lower-cased token sequence. */
    public record Entry(String kind, int value, String[] tokens, String lang) {}

    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();

    private static final CalendarWords DEFAULT = new CalendarWords(Tsv.resource("time/calendar.tsv", "lang", "kind", "value", "forms"));

    public static CalendarWords standard() {
        return DEFAULT;
    }

    public CalendarWords(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            String kind = row.require("kind");
            int value = row.requireInt("value", -100000, 100000);
            for (String form : row.list("forms")) {
                String[] toks = form.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+");
                // A trailing period in an abbreviation is a separate token after tokenisation.
                if (toks[toks.length - 1].endsWith(".") && toks[toks.length - 1].length() > 1) {
                    String[] t2 = new String[toks.length + 1];
                    System.arraycopy(toks, 0, t2, 0, toks.length);
                    t2[toks.length - 1] = toks[toks.length - 1].substring(0, toks[toks.length - 1].length() - 1);
                    t2[toks.length] = ".";
                    toks = t2;
                }
                byFirstToken.computeIfAbsent(toks[0], k -> new ArrayList<>()).add(new Entry(kind, value, toks, row.require("lang")));
            }
        }
        // Longest phrases first so that "kemarin lusa" wins over "kemarin".
        byFirstToken.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.tokens.length, a.tokens.length)));
    }

    /** Entries whose first token is {@code lowerToken}, longest first. */
    public List<Entry> startingWith(String lowerToken) {
        return byFirstToken.getOrDefault(lowerToken, List.of());
    }

    public Integer month(String lowerToken) {
        return single("month", lowerToken);
    }

    public Integer weekday(String lowerToken) {
        return single("weekday", lowerToken);
    }

    private Integer single(String kind, String lowerToken) {
        for (Entry e : startingWith(lowerToken)) {
            if (e.kind.equals(kind) && e.tokens.length == 1) return e.value;
        }
        return null;
    }
}
