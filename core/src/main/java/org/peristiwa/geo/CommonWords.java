package org.peristiwa.geo;

import java.util.HashSet;
import java.util.Set;
import org.peristiwa.kb.Tsv;

/**
 * Words that are also place names in GeoNames ("Police", "Mobile", "Medan", "Hama", "Puncak"): such a name only
 * counts as a place with support from its context ({@code geo/common_words.tsv}).
 */
public final class CommonWords {

    private final Set<String> words = new HashSet<>();

    private static volatile CommonWords standard;

    public static CommonWords standard() {
        if (standard == null) {
            synchronized (CommonWords.class) {
                if (standard == null) standard = new CommonWords(Tsv.resource("geo/common_words.tsv", "lang", "words"));
            }
        }
        return standard;
    }

    public CommonWords(Iterable<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            row.require("lang");
            for (String w : row.list("words")) words.add(Names.lower(w));
        }
    }

    public boolean contains(String lowerWord) {
        return words.contains(lowerWord);
    }
}
