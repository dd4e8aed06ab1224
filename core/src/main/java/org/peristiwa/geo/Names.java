package org.peristiwa.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name normalisation for look-ups. {@link #normalize} folds case, accents, apostrophes and hyphens;
 * {@link #skeleton} goes further for Arabic-origin romanisations: it drops articles (al-, el-, ad-, ash-, …),
 * folds q/k, digraphs (sh, kh, th, dh, gh), vowels and doubled letters, so that Qolamun, Qalamoun and Kalamoun
 * share the key "klmn" and Deir ez-Zor, Dayr az Zawr and Deir Ezzor share "dr zr".
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ARTICLE = Pattern.compile("(^|\\s)(al|el|ad|ash|as|az|ez|es|at|ar|an|ed|er|ud|ul)\\s");

    private Names() {}

    public static String normalize(CharSequence cs) {
        String s = cs.toString();
        // most names are ASCII: decomposing accents is the costly part, and needless for them
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
        String n = ascii ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = Character.toLowerCase(n.charAt(i));
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02BF' || c == '\u02BE' || c == '\u02BB' || c == '\u02BC') continue;
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) b.append(' ');
                b.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** A coarse key for transliteration variants; only worth using for names of five letters or more. */
    public static String skeleton(String s) {
        String n = " " + normalize(s) + " ";
        n = ARTICLE.matcher(n).replaceAll(" ");
        n = ARTICLE.matcher(n).replaceAll(" ");
        n = n.replace("sh", "s").replace("kh", "k").replace("th", "t").replace("dh", "d").replace("gh", "g")
                .replace("ph", "f").replace('q', 'k').replace('c', 'k').replace("j", "j");
        StringBuilder b = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if ("aeiouyw".indexOf(c) >= 0 || c == 'h') continue;
            if (c == prev) continue;
            if (c == ' ' && (b.length() == 0 || prev == ' ')) continue;
            b.append(c);
            prev = c;
        }
        return b.toString().trim();
    }

    /**
     * Spelling similarity in 0..1 after folding the usual romanisation variants (q/k, ou/oo/u, ee/i, doubled
     * letters, articles): 1 - edit distance / length of the longer. "Qolamun" and "Qalamoun" score 0.86.
     */
    public static double similarity(String a, String b) {
        return foldedSimilarity(fold(a), b);
    }

    /** As {@link #similarity}, with the first name already {@link #fold}ed (to compare one word with many names). */
    public static double foldedSimilarity(String x, String b) {
        String y = fold(b);
        int max = Math.max(x.length(), y.length());
        return max == 0 ? 0 : 1 - (double) distance(x, y) / max;
    }

    public static String fold(String s) {
        String n = " " + normalize(s) + " ";
        n = ARTICLE.matcher(n).replaceAll(" ");
        n = n.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("q", "k").replace("c", "k")
                .replace("sh", "s").replace("kh", "k").replace("dh", "d").replace("th", "t").replace("gh", "g").replace(" ", "");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length(); i++) if (i == 0 || n.charAt(i) != n.charAt(i - 1)) b.append(n.charAt(i));
        return b.toString();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
