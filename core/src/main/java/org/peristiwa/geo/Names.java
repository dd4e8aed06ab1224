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

    public static String normalize(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = Character.toLowerCase(n.charAt(i));
            if (c == '\'' || c == '\u2019' || c == '`' || c == '\u02BF' || c == '\u02BE') continue;
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

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
