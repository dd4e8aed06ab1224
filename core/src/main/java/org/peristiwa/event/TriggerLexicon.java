package org.peristiwa.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peristiwa.kb.Tsv;
import org.peristiwa.report.Token;
import org.peristiwa.text.PhraseIndex;

/**
 * The trigger lexicon ({@code event/triggers.tsv}) with the word classes its contexts test
 * ({@code event/word_classes.tsv}), one phrase index per language.
 */
public final class TriggerLexicon {

    /**
     * A lexicon entry. {@code needs}/{@code unless} name word classes tested within {@link #WINDOW} tokens;
     * {@code unlessBefore} classes whose word may not stand right before the trigger ("yang dikuasai": held, not taken).
     */
    public record Entry(String phrase, String type, int weight, List<String> needs, List<String> unless,
                        List<String> unlessBefore, int line) {}

    static final int WINDOW = 6;
    private static final Set<String> PSEUDO_TYPES = Set.of("@territory", "@violence", "@protest");

    private final Map<String, PhraseIndex<Entry>> byLang = new HashMap<>();
    private final Map<String, PhraseIndex<Entry>> rootsByLang = new HashMap<>();
    private final WordClasses classes;

    private static final TriggerLexicon STANDARD = new TriggerLexicon(
            Tsv.resource("event/triggers.tsv", "lang", "phrase", "sub_event_type", "weight", "context"),
            Tsv.resource("event/word_classes.tsv", "class", "lang", "words"), Taxonomy.standard());

    public static TriggerLexicon standard() {
        return STANDARD;
    }

    public TriggerLexicon(List<Tsv.Row> triggerRows, List<Tsv.Row> classRows, Taxonomy taxonomy) {
        Set<String> classNames = new java.util.HashSet<>();
        for (Tsv.Row row : classRows) classNames.add(row.require("class"));
        this.classes = new WordClasses(classRows);
        for (Tsv.Row row : triggerRows) {
            String type = row.require("sub_event_type");
            if (!PSEUDO_TYPES.contains(type) && !taxonomy.isSubType(type)) {
                throw row.error("'" + type + "' is not an ACLED sub-event type nor one of " + PSEUDO_TYPES);
            }
            List<String> needs = new ArrayList<>(), unless = new ArrayList<>(), unlessBefore = new ArrayList<>();
            String ctx = row.get("context");
            if (!ctx.isEmpty()) {
                for (String part : ctx.split(";")) {
                    String[] kv = part.trim().split(":", 2);
                    if (kv.length != 2 || !classNames.contains(kv[1].trim())
                            || !(kv[0].equals("needs") || kv[0].equals("unless") || kv[0].equals("unless-before"))) {
                        throw row.error("context must be needs:CLASS, unless:CLASS or unless-before:CLASS with a class from"
                                + " word_classes.tsv, not '" + part + "'");
                    }
                    (kv[0].equals("needs") ? needs : kv[0].equals("unless") ? unless : unlessBefore).add(kv[1].trim());
                }
            }
            Entry e = new Entry(row.require("phrase"), type, row.requireInt("weight", 1, 9), needs, unless, unlessBefore, row.line());
            if (e.phrase().startsWith("~")) {
                // a root word: matches every affixed form of it ("~serang": menyerang, diserang, penyerangan…)
                rootsByLang.computeIfAbsent(row.require("lang"), k -> new PhraseIndex<>()).add(e.phrase().substring(1), e);
            } else {
                byLang.computeIfAbsent(row.require("lang"), k -> new PhraseIndex<>()).add(e.phrase(), e);
            }
        }
    }

    public PhraseIndex<Entry> index(String lang) {
        return byLang.getOrDefault(lang, byLang.get("en"));
    }

    /** Entries listed by their root word, matched against {@link org.peristiwa.report.Report#stems()}; may be null. */
    public PhraseIndex<Entry> rootIndex(String lang) {
        return rootsByLang.get(lang);
    }

    /** Whether a word of class {@code cls} occurs in tokens [from, to). */
    public boolean classNear(String lang, String cls, List<Token> tokens, int from, int to) {
        return classes.any(lang, cls, tokens, from, to);
    }
}
