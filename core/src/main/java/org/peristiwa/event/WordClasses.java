package org.peristiwa.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.kb.Tsv;
import org.peristiwa.report.Token;
import org.peristiwa.text.PhraseIndex;

/** The word classes of {@code event/word_classes.tsv}, one phrase index per language, for the argument readers. */
public final class WordClasses {

    private final Map<String, PhraseIndex<String>> byLang = new HashMap<>();

    private static final WordClasses STANDARD = new WordClasses(Tsv.resource("event/word_classes.tsv", "class", "lang", "words"));

    public static WordClasses standard() {
        return STANDARD;
    }

    WordClasses(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            PhraseIndex<String> idx = byLang.computeIfAbsent(row.require("lang"), k -> new PhraseIndex<>());
            for (String w : row.list("words")) idx.add(w, row.require("class"));
        }
    }

    /** The match of a word of class {@code cls} starting at token i, or null. */
    public PhraseIndex.Match<String> at(String lang, String cls, List<Token> toks, int i, int end) {
        PhraseIndex.Match<String> m = byLang.get(lang).longestAt(toks, i, end);
        return m != null && m.values().contains(cls) ? m : null;
    }

    /** All words of class {@code cls} in [from, to). */
    public List<PhraseIndex.Match<String>> all(String lang, String cls, List<Token> toks, int from, int to) {
        return byLang.get(lang).findAll(toks, from, to).stream().filter(m -> m.values().contains(cls)).toList();
    }

    public boolean any(String lang, String cls, List<Token> toks, int from, int to) {
        return !all(lang, cls, toks, from, to).isEmpty();
    }
}
