package org.peristiwa.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peristiwa.kb.Tsv;
import org.peristiwa.report.Component;
import org.peristiwa.report.Evidence;
import org.peristiwa.report.Report;

/**
 * Tells English, Indonesian and Malay apart by their function words, and calls anything else
 * {@code und} (unsupported) rather than guessing. Malay is told from Indonesian by the words only Malay uses
 * (kerana, selepas, kerajaan, …).
 */
public final class LanguageIdentifier implements Component {

    /** Minimum share of profile words among the text's words before a language is named at all. */
    private static final double MIN_COVERAGE = 0.08;
    private static final int MAX_WORDS = 400;

    private final Map<String, Set<String>> profiles = new HashMap<>();

    public LanguageIdentifier() {
        for (Tsv.Row row : Tsv.resource("text/function_words.tsv", "lang", "words")) {
            profiles.computeIfAbsent(row.require("lang"), k -> new HashSet<>()).addAll(row.list("words"));
        }
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public void process(Report report) {
        String text = report.text();
        Guess g = guess(text);
        int end = Math.min(text.length(), g.scannedTo);
        report.setLanguage(g.language, new Evidence(0, end, text.substring(0, end),
                "language:function-words(en=" + g.en + ",id=" + g.id + ",ms=" + g.ms + ",words=" + g.words + ")"));
    }

    record Guess(String language, int en, int id, int ms, int words, int scannedTo) {}

    Guess guess(String text) {
        Set<String> en = profiles.get("en"), id = profiles.get("id"), ms = profiles.get("ms");
        int nEn = 0, nId = 0, nMs = 0, words = 0;
        int i = 0, n = text.length();
        while (i < n && words < MAX_WORDS) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int s = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) i++;
            if (i == s) break;
            String w = text.substring(s, i).toLowerCase(Locale.ROOT);
            words++;
            if (en.contains(w)) nEn++;
            if (id.contains(w)) nId++;
            if (ms.contains(w)) nMs++;
        }
        String lang;
        int malayFamily = nId + nMs;
        int best = Math.max(nEn, malayFamily);
        if (words == 0 || best < Math.max(2, MIN_COVERAGE * words)) {
            lang = "und";
        } else if (nEn > malayFamily) {
            lang = "en";
        } else {
            // Malay-only words (kerana, selepas, kerajaan…) against the shared ones: Malay.
            lang = nMs >= 2 && nMs * 6 >= nId ? "ms" : "id";
        }
        return new Guess(lang, nEn, nId, nMs, words, i);
    }

    /** For tests and callers that hold plain text. */
    public String identify(String text) {
        return guess(text).language;
    }
}
