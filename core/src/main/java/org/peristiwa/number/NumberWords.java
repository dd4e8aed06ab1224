package org.peristiwa.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peristiwa.kb.Tsv;

/** The number words of each language ({@code number/number_words.tsv}), indexed by first token. */
public final class NumberWords {

    /** One form: its kind (unit, tens, teen, hundred, thousand, vague, bound), value, and token sequence. */
    public record Entry(String lang, String kind, long value, String bound, String[] tokens) {}

    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();

    private static final NumberWords DEFAULT = new NumberWords(Tsv.resource("number/number_words.tsv", "lang", "kind", "value", "forms"));

    public static NumberWords standard() {
        return DEFAULT;
    }

    public NumberWords(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            String kind = row.require("kind");
            String raw = row.require("value");
            long value = 0;
            String bound = null;
            if (kind.equals("bound")) {
                bound = raw;
                if (!List.of("at_least", "about", "more_than", "up_to").contains(bound)) {
                    throw row.error("bound must be at_least, about, more_than or up_to, not '" + raw + "'");
                }
            } else {
                try {
                    value = Long.parseLong(raw);
                } catch (NumberFormatException e) {
                    throw row.error("value must be a whole number, not '" + raw + "'");
                }
            }
            for (String form : row.list("forms")) {
                String[] toks = form.toLowerCase(Locale.ROOT).split("\\s+");
                byFirstToken.computeIfAbsent(toks[0], k -> new ArrayList<>())
                        .add(new Entry(row.require("lang"), kind, value, bound, toks));
            }
        }
        byFirstToken.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.tokens.length, a.tokens.length)));
    }

    public List<Entry> startingWith(String lowerToken) {
        return byFirstToken.getOrDefault(lowerToken, List.of());
    }
}
