package org.peristiwa.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peristiwa.report.Token;

/**
 * A dictionary of token sequences (lexicon entries, actor aliases, place names) matched against a report's
 * tokens, longest match first. Entries are lower-cased and matched case-insensitively, except short acronyms
 * (two to five capitals, e.g. "IS", "KKB", "TNI"), which must match exactly so that "IS" the group is not "is".
 * A token ending in '*' matches any token that starts with what comes before the star ("clash*").
 */
public final class PhraseIndex<T> {

    /** A match: the tokens [start, end) and the values of the entry. */
    public record Match<T>(int start, int end, List<T> values) {
        public int length() {
            return end - start;
        }
    }

    private static final class Node<T> {
        Map<String, Node<T>> children;
        /** Children for acronyms, keyed by the exact surface form. */
        Map<String, Node<T>> exactChildren;
        /** Children for "word*" entries, bucketed by the prefix's first character. */
        Map<Character, List<Map.Entry<String, Node<T>>>> prefixChildren;
        List<T> values;
    }

    private final Node<T> root = new Node<>();
    private int maxLength;

    public void add(String phrase, T value) {
        List<String> toks = split(phrase);
        if (toks.isEmpty()) return;
        boolean exactCase = isAcronym(phrase.trim());
        Node<T> node = root;
        for (String tok : toks) {
            if (exactCase) {
                if (node.exactChildren == null) node.exactChildren = new HashMap<>();
                node = node.exactChildren.computeIfAbsent(tok, k -> new Node<>());
                continue;
            }
            String key = tok.toLowerCase(Locale.ROOT);
            if (key.length() > 1 && key.endsWith("*")) {
                String prefix = key.substring(0, key.length() - 1);
                if (node.prefixChildren == null) node.prefixChildren = new HashMap<>();
                List<Map.Entry<String, Node<T>>> bucket = node.prefixChildren.computeIfAbsent(prefix.charAt(0), c -> new ArrayList<>());
                Node<T> next = null;
                for (Map.Entry<String, Node<T>> e : bucket) {
                    if (e.getKey().equals(prefix)) next = e.getValue();
                }
                if (next == null) {
                    next = new Node<>();
                    bucket.add(Map.entry(prefix, next));
                }
                node = next;
            } else {
                if (node.children == null) node.children = new HashMap<>();
                node = node.children.computeIfAbsent(key, k -> new Node<>());
            }
        }
        if (node.values == null) node.values = new ArrayList<>(1);
        if (!node.values.contains(value)) node.values.add(value);
        maxLength = Math.max(maxLength, toks.size());
    }

    /** The longest entry that starts at token {@code i} and ends before {@code end}, or null. */
    public Match<T> longestAt(List<Token> tokens, int i, int end) {
        Best<T> best = new Best<>();
        walk(root, tokens, i, i, Math.min(end, i + maxLength), best);
        return best.values == null ? null : new Match<>(i, best.end, best.values);
    }

    /** All non-overlapping longest matches in [from, end), scanning left to right. */
    public List<Match<T>> findAll(List<Token> tokens, int from, int end) {
        List<Match<T>> out = new ArrayList<>();
        int i = from;
        while (i < end) {
            Match<T> m = longestAt(tokens, i, end);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** Whether any entry starts in [from, end) and ends by {@code end}. */
    public boolean anyIn(List<Token> tokens, int from, int end) {
        for (int i = from; i < end; i++) if (longestAt(tokens, i, end) != null) return true;
        return false;
    }

    /** The values of every entry (not only the longest) that starts at a token in [from, end) and ends by {@code end}. */
    public void valuesIn(List<Token> tokens, int from, int end, java.util.Collection<T> out) {
        for (int i = from; i < end; i++) collect(root, tokens, i, i, Math.min(end, i + maxLength), out);
    }

    private void collect(Node<T> node, List<Token> tokens, int start, int i, int limit, java.util.Collection<T> out) {
        if (node.values != null && i > start) out.addAll(node.values);
        if (i >= limit) return;
        Token t = tokens.get(i);
        if (node.children != null) {
            Node<T> next = node.children.get(t.lower());
            if (next != null) collect(next, tokens, start, i + 1, limit, out);
        }
        if (node.exactChildren != null && t.surface() != t.lower()) {
            Node<T> exact = node.exactChildren.get(t.surface());
            if (exact != null) collect(exact, tokens, start, i + 1, limit, out);
        }
        if (node.prefixChildren != null && !t.lower().isEmpty()) {
            String w = t.lower();
            List<Map.Entry<String, Node<T>>> bucket = node.prefixChildren.get(w.charAt(0));
            if (bucket != null) {
                for (Map.Entry<String, Node<T>> e : bucket) {
                    if (w.startsWith(e.getKey())) collect(e.getValue(), tokens, start, i + 1, limit, out);
                }
            }
        }
    }

    private static final class Best<T> {
        int end;
        List<T> values;
    }

    private void walk(Node<T> node, List<Token> tokens, int start, int i, int limit, Best<T> best) {
        if (node.values != null && i > start && (best.values == null || i > best.end)) {
            best.end = i;
            best.values = node.values;
        }
        if (i >= limit) return;
        Token t = tokens.get(i);
        if (node.children != null) {
            Node<T> next = node.children.get(t.lower());
            if (next != null) walk(next, tokens, start, i + 1, limit, best);
        }
        // a token whose lower-cased form is its surface itself has no capitals, so it cannot be an acronym
        if (node.exactChildren != null && t.surface() != t.lower()) {
            Node<T> exact = node.exactChildren.get(t.surface());
            if (exact != null) walk(exact, tokens, start, i + 1, limit, best);
        }
        if (node.prefixChildren != null && !t.lower().isEmpty()) {
            String w = t.lower();
            List<Map.Entry<String, Node<T>>> bucket = node.prefixChildren.get(w.charAt(0));
            if (bucket != null) {
                for (Map.Entry<String, Node<T>> e : bucket) {
                    if (w.startsWith(e.getKey())) walk(e.getValue(), tokens, start, i + 1, limit, best);
                }
            }
        }
    }

    static boolean isAcronym(String phrase) {
        int n = phrase.length();
        if (n < 2 || n > 5) return false;
        int caps = 0;
        for (int i = 0; i < n; i++) {
            char c = phrase.charAt(i);
            if (Character.isUpperCase(c)) caps++;
            else if (!Character.isDigit(c) && c != '-') return false;
        }
        return caps >= 2;
    }

    /** Splits a phrase the way the {@link Tokenizer} splits text, so that entries and text tokens line up. */
    public static List<String> split(String phrase) {
        List<String> out = new ArrayList<>();
        for (String part : phrase.replace('\u2019', '\'').trim().split("\\s+")) {
            boolean star = part.length() > 1 && part.endsWith("*");
            String p = star ? part.substring(0, part.length() - 1) : part;
            for (Token t : TOKENIZER.tokenize(p, 0, p.length(), 0)) out.add(t.surface());
            if (star && !out.isEmpty()) out.set(out.size() - 1, out.get(out.size() - 1) + "*");
        }
        return out;
    }

    private static final Tokenizer TOKENIZER = new Tokenizer();
}
