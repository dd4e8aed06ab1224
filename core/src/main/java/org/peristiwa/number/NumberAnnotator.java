package org.peristiwa.number;

import java.util.ArrayList;
import java.util.List;
import org.peristiwa.report.Component;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Span;
import org.peristiwa.report.Token;

/**
 * Finds counts in digits ("30", "1,200", Indonesian "9.022") and words ("twenty-five", "dua puluh lima",
 * "puluhan", "dozens of"), with a preceding hedge ("at least", "setidaknya", "lebih dari").
 */
public final class NumberAnnotator implements Component {

    private final NumberWords words;

    public NumberAnnotator(NumberWords words) {
        this.words = words;
    }

    public NumberAnnotator() {
        this(NumberWords.standard());
    }

    @Override
    public String name() {
        return "numbers";
    }

    @Override
    public void process(Report report) {
        List<NumberMention> out = new ArrayList<>();
        String lang = report.language();
        for (Sentence s : report.sentences()) {
            List<Token> toks = report.tokens();
            int i = s.firstToken();
            while (i < s.endToken()) {
                int next = read(report, toks, i, s.endToken(), lang, out);
                i = next > i ? next : i + 1;
            }
        }
        report.setNumbers(out);
    }

    /** Tries to read a number starting at token i; returns the index after it, or i when none starts there. */
    private int read(Report report, List<Token> toks, int i, int end, String lang, List<NumberMention> out) {
        NumberMention.Bound bound = NumberMention.Bound.EXACT;
        int start = i;
        Match b = match(toks, i, end, lang, "bound");
        if (b != null) {
            bound = switch (b.entry.bound()) {
                case "at_least" -> NumberMention.Bound.AT_LEAST;
                case "about" -> NumberMention.Bound.ABOUT;
                case "more_than" -> NumberMention.Bound.MORE_THAN;
                default -> NumberMention.Bound.UP_TO;
            };
            i = b.end;
        }
        if (i >= end) return start;
        Token t = toks.get(i);
        Long digits = digits(t.lower(), lang);
        if (digits != null) {
            add(report, out, toks, start, i + 1, digits, bound, false, false, "number:digits");
            return i + 1;
        }
        Match vague = match(toks, i, end, lang, "vague");
        if (vague != null) {
            add(report, out, toks, start, vague.end, vague.entry.value(), bound, true, false, "number:vague-word");
            return vague.end;
        }
        long total = 0, pending = 0;
        int j = i;
        boolean any = false, weak = false;
        while (j < end) {
            String w = toks.get(j).lower();
            // "twenty-five" is one token; read its parts.
            if (w.indexOf('-') > 0 && lang.equals("en")) {
                long v = 0;
                boolean ok = true;
                for (String part : w.split("-")) {
                    Entry1 e = single(part, lang);
                    if (e == null || !(e.kind.equals("unit") || e.kind.equals("tens"))) { ok = false; break; }
                    v += e.value;
                }
                if (!ok || any && pending % 100 != 0) break;
                pending += v;
                any = true;
                j++;
                continue;
            }
            Match m = matchAny(toks, j, end, lang);
            if (m == null) break;
            String kind = m.entry.kind();
            long v = m.entry.value();
            if (kind.equals("unit")) {
                if (m.entry.tokens().length == 1 && isArticle(w)) {
                    if (any) break;
                    weak = true;
                }
                if (v >= 100) {                       // seratus, seribu: a complete term
                    total += pending + (v >= 1000 ? 0 : v);
                    if (v >= 1000) total = (total == 0 ? 1 : total) * 1000;
                    pending = 0;
                } else if (lang.equals("en") && pending >= 20 && pending % 10 == 0 && v < 10) {
                    pending += v;                     // "twenty five"
                } else {
                    if (any && pending > 0) break;    // "two three" is two numbers
                    pending = v;
                }
            } else if (kind.equals("tens")) {
                if (lang.equals("en")) {
                    if (any && pending % 100 != 0) break;
                    pending += v;
                } else {
                    total += Math.max(1, pending) * v;
                    pending = 0;
                }
            } else if (kind.equals("teen")) {
                total += pending + 10;
                pending = 0;
            } else if (kind.equals("hundred")) {
                total += Math.max(1, pending) * 100;
                pending = 0;
            } else if (kind.equals("thousand")) {
                long sofar = total + pending;
                total = (sofar == 0 ? 1 : sofar) * 1000;
                pending = 0;
            } else {
                break;
            }
            any = true;
            j = m.end;
            if (weak) break;
        }
        if (!any) return start == i ? start : start; // a hedge alone is not a number
        add(report, out, toks, start, j, total + pending, bound, false, weak, weak ? "number:article" : "number:words");
        return j;
    }

    private static boolean isArticle(String w) {
        return w.equals("a") || w.equals("an") || w.equals("seorang") || w.equals("sebuah") || w.equals("seekor")
                || w.equals("se");
    }

    private record Entry1(String kind, long value) {}

    private Entry1 single(String word, String lang) {
        for (NumberWords.Entry e : words.startingWith(word)) {
            if (e.tokens().length == 1 && sameLang(e.lang(), lang)) return new Entry1(e.kind(), e.value());
        }
        return null;
    }

    private record Match(NumberWords.Entry entry, int end) {}

    private Match match(List<Token> toks, int i, int end, String lang, String kind) {
        for (NumberWords.Entry e : words.startingWith(toks.get(i).lower())) {
            if (!e.kind().equals(kind) || !sameLang(e.lang(), lang)) continue;
            int n = e.tokens().length;
            if (i + n > end) continue;
            boolean ok = true;
            for (int k = 1; k < n; k++) {
                if (!toks.get(i + k).lower().equals(e.tokens()[k])) { ok = false; break; }
            }
            if (ok) return new Match(e, i + n);
        }
        return null;
    }

    private Match matchAny(List<Token> toks, int i, int end, String lang) {
        for (String kind : new String[] {"unit", "tens", "teen", "hundred", "thousand"}) {
            Match m = match(toks, i, end, lang, kind);
            if (m != null) return m;
        }
        return null;
    }

    private static boolean sameLang(String entryLang, String textLang) {
        if (textLang.equals("ms")) textLang = "id";
        if (textLang.equals("und")) textLang = "en";
        return entryLang.equals(textLang);
    }

    /**
     * Digits with separators: Indonesian writes thousands with '.', English with ','; a token with '/' or ':'
     * is a date or a time, not a count. Returns null for anything that is not a plain count.
     */
    static Long digits(String w, String lang) {
        int n = w.length();
        if (n == 0 || n > 15 || !Character.isDigit(w.charAt(0))) return null;
        char thousands = lang.equals("en") || lang.equals("und") ? ',' : '.';
        long v = 0;
        int groupLen = 0;
        boolean sawSep = false;
        for (int k = 0; k < n; k++) {
            char c = w.charAt(k);
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                groupLen++;
            } else if (c == thousands) {
                if (groupLen == 0 || (sawSep && groupLen != 3) || (!sawSep && groupLen > 3)) return null;
                sawSep = true;
                groupLen = 0;
            } else {
                return null;
            }
        }
        if (sawSep && groupLen != 3) return null;
        return v;
    }

    private static void add(Report report, List<NumberMention> out, List<Token> toks, int from, int to, long value,
                            NumberMention.Bound bound, boolean vague, boolean weak, String rule) {
        Span span = new Span(toks.get(from).start(), toks.get(to - 1).end());
        out.add(new NumberMention(span, value, bound, vague, weak, from, to, rule));
    }
}
