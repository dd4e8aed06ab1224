package org.peristiwa.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peristiwa.report.Token;

/**
 * Splits text into word, number and punctuation tokens. A word keeps its inner hyphens and apostrophes
 * (pro-Assad, Jum'at, A'maaq, warga-warga); a number keeps inner separators (9.022, 3/2/2017, 82mm).
 * Works on any script: letters are what {@link Character#isLetter} says.
 */
public final class Tokenizer {

    public List<Token> tokenize(String text, int from, int to, int firstIndex) {
        List<Token> out = new ArrayList<>();
        int i = from;
        int index = firstIndex;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if (isJoiner(d) && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))
                            && joins(text, start, i, d)) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else {
                i++;
            }
            // "PMF's", "regime's": the possessive is a token of its own, so that the name matches
            if (i - start > 3 && (text.charAt(i - 2) == '\'' || text.charAt(i - 2) == '\u2019')
                    && (text.charAt(i - 1) == 's' || text.charAt(i - 1) == 'S') && Character.isLetter(text.charAt(i - 3))) {
                String name = text.substring(start, i - 2);
                out.add(new Token(index++, start, i - 2, lower(name), name));
                start = i - 2;
            }
            String surface = text.substring(start, i);
            out.add(new Token(index++, start, i, lower(surface), surface));
        }
        return out;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '/' || c == ':' || c == ',' || c == '\u2011' || c == '&';
    }

    /** Dots, slashes, colons and commas join only digits (9.022, 3/2/2017, 09:05, 1,200); hyphens and apostrophes join words. */
    private static boolean joins(String text, int start, int at, char joiner) {
        // an ampersand joins capitals only: "J&K", "AT&T" are one name, "Smith & Sons" is not
        if (joiner == '&') return Character.isUpperCase(text.charAt(at - 1)) && Character.isUpperCase(text.charAt(at + 1));
        if (joiner == '.' || joiner == '/' || joiner == ':' || joiner == ',') {
            return Character.isDigit(text.charAt(at - 1)) && Character.isDigit(text.charAt(at + 1));
        }
        return true;
    }

    static String lower(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.indexOf('\u2019') >= 0 ? l.replace('\u2019', '\'') : l;
    }
}
