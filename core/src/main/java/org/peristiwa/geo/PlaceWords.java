package org.peristiwa.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.peristiwa.kb.Tsv;

/** The words around place names that the geocoder reads, by class ({@code geo/place_words.tsv}); all languages merged. */
public final class PlaceWords {

    public static final Set<String> CLASSES = Set.of("speaker", "outlet", "locative", "reference", "positioned", "residence", "speaker_noun", "admin1", "admin2", "settlement", "area", "landmark", "modifier");

    private final Map<String, Set<String>> byClass = new HashMap<>();

    private static volatile PlaceWords standard;

    public static PlaceWords standard() {
        if (standard == null) {
            synchronized (PlaceWords.class) {
                if (standard == null) standard = new PlaceWords(Tsv.resource("geo/place_words.tsv", "class", "lang", "words"));
            }
        }
        return standard;
    }

    public PlaceWords(Iterable<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            String cls = row.require("class");
            if (!CLASSES.contains(cls)) throw row.error("class must be one of " + CLASSES + ", not '" + cls + "'");
            row.require("lang");
            Set<String> set = byClass.computeIfAbsent(cls, k -> new HashSet<>());
            for (String w : row.list("words")) set.add(Names.lower(w));
        }
    }

    /** Whether the lower-cased word belongs to the class. */
    public boolean is(String cls, String lowerWord) {
        Set<String> s = byClass.get(cls);
        return s != null && s.contains(lowerWord);
    }

    /** The kind of place a noun names (admin1, admin2, settlement, area), or null. */
    public String kindOf(String lowerWord) {
        for (String c : new String[] {"admin1", "admin2", "settlement", "area"}) if (is(c, lowerWord)) return c;
        return null;
    }
}
