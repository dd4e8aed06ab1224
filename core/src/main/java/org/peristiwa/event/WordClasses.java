package org.peristiwa.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.kb.Tsv;
import org.peristiwa.report.Token;
import org.peristiwa.text.PhraseIndex;

/** The word classes of {@code event/word_classes.tsv}, one phrase index per language, for the argument readers. */
public final class WordClasses {

    /** One index per language and class: a longer phrase of one class must not hide a shorter one of another. */
    private final Map<String, Map<String, PhraseIndex<String>>> byLang = new HashMap<>();

    private static final WordClasses STANDARD = new WordClasses(Tsv.resource("event/word_classes.tsv", "class", "lang", "words"));

    public static WordClasses standard() {
        return STANDARD;
    }

    /** One index per language over every class, to tell in one pass which classes a stretch of text holds. */
    private final Map<String, PhraseIndex<String>> combined = new HashMap<>();

    WordClasses(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            String cls = row.require("class");
            PhraseIndex<String> idx = byLang.computeIfAbsent(row.require("lang"), k -> new HashMap<>()).computeIfAbsent(cls, k -> new PhraseIndex<>());
            PhraseIndex<String> all = combined.computeIfAbsent(row.require("lang"), k -> new PhraseIndex<>());
            for (String w : row.list("words")) {
                idx.add(w, cls);
                all.add(w, cls);
            }
        }
    }

    /** Every class with a word in tokens [from, to), found in one pass. */
    public java.util.Set<String> classesIn(String lang, List<Token> toks, int from, int to) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        PhraseIndex<String> idx = combined.get(lang);
        if (idx != null) idx.valuesIn(toks, from, to, out);
        return out;
    }

    private PhraseIndex<String> index(String lang, String cls) {
        Map<String, PhraseIndex<String>> classes = byLang.get(lang);
        return classes == null ? null : classes.get(cls);
    }

    /** The match of a word of class {@code cls} starting at token i, or null. */
    public PhraseIndex.Match<String> at(String lang, String cls, List<Token> toks, int i, int end) {
        PhraseIndex<String> idx = index(lang, cls);
        return idx == null ? null : idx.longestAt(toks, i, end);
    }

    /** All words of class {@code cls} in [from, to). */
    public List<PhraseIndex.Match<String>> all(String lang, String cls, List<Token> toks, int from, int to) {
        PhraseIndex<String> idx = index(lang, cls);
        return idx == null ? List.of() : idx.findAll(toks, from, to);
    }

    public boolean any(String lang, String cls, List<Token> toks, int from, int to) {
        PhraseIndex<String> idx = index(lang, cls);
        return idx != null && idx.anyIn(toks, from, to);
    }
}
