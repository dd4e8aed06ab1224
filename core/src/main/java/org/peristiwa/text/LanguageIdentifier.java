package org.peristiwa.text;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peristiwa.kb.Tsv;
import org.peristiwa.report.Component;
import org.peristiwa.report.Evidence;
import org.peristiwa.report.Report;

/**
 * Tells English, Indonesian and Malay apart by their function words, and names the language of a text it does not
 * read rather than guessing one it does: by its script (Arabic, Cyrillic, Greek, Hebrew, Devanagari, Thai, Hangul,
 * kana, Han) or by the function words of other Latin-script languages (French, Spanish, Italian, …). A text too short
 * or too bare to tell is {@code und}. Malay is told from Indonesian by the words only Malay uses (kerana, selepas,
 * kerajaan, …).
 */
public final class LanguageIdentifier implements Component {

    /** The languages whose lexicons the pipeline has: a report in any other is read for nothing but its metadata. */
    public static final Set<String> SUPPORTED = Set.of("en", "id", "ms");

    /** Minimum share of profile words among the text's words before a language is named at all. */
    private static final double MIN_COVERAGE = 0.08;
    private static final int MAX_WORDS = 400;

    private final Set<String> languages = new java.util.TreeSet<>();
    /** Each function word and the languages whose profile holds it. */
    private final Map<String, List<String>> byWord = new HashMap<>();

    public LanguageIdentifier() {
        for (Tsv.Row row : Tsv.resource("text/function_words.tsv", "lang", "words")) {
            String lang = row.require("lang");
            languages.add(lang);
            for (String w : row.list("words")) {
                List<String> langs = byWord.computeIfAbsent(w, k -> new java.util.ArrayList<>(1));
                if (!langs.contains(lang)) langs.add(lang);
            }
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
        report.setLanguage(g.language, new Evidence(0, end, text.substring(0, end), "language:" + g.why));
    }

    record Guess(String language, String why, int scannedTo) {}

    Guess guess(String text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String lang : languages) hits.put(lang, 0);
        Map<String, Integer> scripts = new HashMap<>();
        int latin = 0, words = 0;   // latin: letters not of another script
        int i = 0, n = text.length();
        while (i < n && words < MAX_WORDS) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int s = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) i++;
            if (i == s) break;
            words++;
            // letters by script, one by one (Chinese and Japanese run words together)
            boolean latinWord = true;
            for (int k = s; k < i; k = text.offsetByCodePoints(k, 1)) {
                String script = script(text.codePointAt(k));
                if (script == null) {
                    latin++;
                } else {
                    scripts.merge(script, 1, Integer::sum);
                    latinWord = false;
                }
            }
            if (!latinWord) continue;
            List<String> langs = byWord.get(text.substring(s, i).toLowerCase(Locale.ROOT));
            if (langs != null) for (String lang : langs) hits.merge(lang, 1, Integer::sum);
        }
        // a text mostly in another script: its script names its language
        String other = null;
        int otherLetters = 0;
        for (Map.Entry<String, Integer> e : scripts.entrySet()) {
            if (e.getValue() > otherLetters || e.getValue() == otherLetters && e.getKey().compareTo(other) < 0) {
                other = e.getKey();
                otherLetters = e.getValue();
            }
        }
        // Japanese writes kanji (Han) between its kana: any real share of kana makes it Japanese
        if ("zh".equals(other) && scripts.getOrDefault("ja", 0) * 10 >= otherLetters) other = "ja";
        if (other != null && otherLetters > latin) return new Guess(other, "script(" + other + "=" + otherLetters + ",latin=" + latin + ")", i);
        int en = hits.getOrDefault("en", 0), id = hits.getOrDefault("id", 0), ms = hits.getOrDefault("ms", 0);
        int malayFamily = id + ms;
        String best = en > malayFamily ? "en" : "id";
        int bestHits = Math.max(en, malayFamily);
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (SUPPORTED.contains(e.getKey())) continue;
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        String why = "function-words(en=" + en + ",id=" + id + ",ms=" + ms
                + (SUPPORTED.contains(best) ? "" : "," + best + "=" + bestHits) + ",words=" + words + ")";
        if (words == 0 || bestHits < Math.max(2, MIN_COVERAGE * words)) return new Guess("und", why, i);
        if (best.equals("id")) {
            // Malay-only words (kerana, selepas, kerajaan…) against the shared ones: Malay.
            best = ms >= 2 && ms * 6 >= id ? "ms" : "id";
        }
        return new Guess(best, why, i);
    }

    /** The language a non-Latin script is written for, or null for Latin (and anything else). */
    private static String script(int codePoint) {
        if (codePoint < 0x0370) return null;   // Latin (and everything before Greek): no look-up needed
        Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
        return switch (s) {
            case ARABIC -> "ar";
            case CYRILLIC -> "ru";
            case GREEK -> "el";
            case HEBREW -> "he";
            case DEVANAGARI -> "hi";
            case THAI -> "th";
            case HANGUL -> "ko";
            case HIRAGANA, KATAKANA -> "ja";
            case HAN -> "zh";
            default -> null;
        };
    }

    /** For tests and callers that hold plain text. */
    public String identify(String text) {
        return guess(text).language;
    }
}
