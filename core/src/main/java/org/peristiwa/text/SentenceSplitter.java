package org.peristiwa.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peristiwa.report.Span;

/**
 * Splits a stretch of text into sentences: at line breaks, and at '.', '!' or '?' followed by a space and an
 * upper-case letter, a digit or a quote — except after a known abbreviation (per language, from
 * {@code text/abbreviations.tsv}) or a single initial. A closing quote or bracket stays with its sentence.
 */
public final class SentenceSplitter {

    private final Set<String> abbreviations;

    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    public List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(out, text, start, i);
                start = skipSpace(text, i + 1, to);
                i = start;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && isBoundary(text, i, to)) {
                int end = i + 1;
                while (end < to && isCloser(text.charAt(end))) end++;
                add(out, text, start, end);
                start = skipSpace(text, end, to);
                i = start;
                continue;
            }
            i++;
        }
        add(out, text, start, to);
        return out;
    }

    private boolean isBoundary(String text, int at, int to) {
        int j = at + 1;
        while (j < to && isCloser(text.charAt(j))) j++;
        if (j >= to) return true;
        if (text.charAt(j) == '\n') return true;
        if (!Character.isWhitespace(text.charAt(j))) return false;
        while (j < to && text.charAt(j) == ' ') j++;
        if (j >= to) return true;
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\u201C'
                || next == '(' || next == '\'' || next == '\n')) {
            return false;
        }
        if (text.charAt(at) != '.') return true;
        int w = at;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') w--;
        String word = text.substring(w, at + 1);
        if (abbreviations.contains(word) || abbreviations.contains(word.toLowerCase(java.util.Locale.ROOT))) return false;
        // A single initial ("J. Smith", "H. Ahmad") does not end a sentence.
        return !(word.length() == 2 && Character.isUpperCase(word.charAt(0)));
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == ')' || c == '\'' || c == '\u2019' || c == ']';
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Span(start, end));
    }
}
