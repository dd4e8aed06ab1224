package org.peristiwa.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peristiwa.kb.Tsv;
import org.peristiwa.report.Component;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Span;
import org.peristiwa.report.Token;
import org.peristiwa.text.PhraseIndex;

/**
 * Finds who each sentence is attributed to: "according to X" / "menurut X", "X told Y" / "X mengatakan kepada Y",
 * "kata X" / "X said". A source is a known outlet ({@code press/outlets.tsv}) or a person or body described in
 * the text; its kind comes from the outlet list or from the words that describe it
 * ({@code attribution/source_kinds.tsv}: "aktivis media lokal" → local_activist, "terkait IS" →
 * perpetrator_affiliated).
 */
public final class AttributionAnnotator implements Component {

    private static final int WINDOW = 12;

    private final Map<String, PhraseIndex<String>> cuesByLang = new HashMap<>();
    private final PhraseIndex<String> kindCues = new PhraseIndex<>();
    private final List<String> kindOrder = new ArrayList<>();
    private final Outlets outlets;

    public AttributionAnnotator() {
        this.outlets = Outlets.standard();
        for (Tsv.Row row : Tsv.resource("attribution/cues.tsv", "lang", "kind", "cues")) {
            PhraseIndex<String> idx = cuesByLang.computeIfAbsent(row.require("lang"), k -> new PhraseIndex<>());
            for (String c : row.list("cues")) idx.add(c, row.require("kind"));
        }
        for (Tsv.Row row : Tsv.resource("attribution/source_kinds.tsv", "kind", "cues")) {
            String kind = row.require("kind");
            kindOrder.add(kind);
            for (String c : row.list("cues")) kindCues.add(c, kind);
        }
    }

    @Override
    public String name() {
        return "attribution";
    }

    @Override
    public void process(Report report) {
        String lang = report.language().equals("en") || report.language().equals("und") ? "en" : "id";
        PhraseIndex<String> cues = cuesByLang.get(lang);
        List<Attribution> out = new ArrayList<>();
        List<Token> toks = report.tokens();
        Map<String, String> fullNames = new HashMap<>();
        for (Sentence s : report.sentences()) {
            if (!s.zone().bearsEvents()) continue;
            for (PhraseIndex.Match<String> cue : cues.findAll(toks, s.firstToken(), s.endToken())) {
                for (String kind : cue.values()) {
                    Attribution a = switch (kind) {
                        case "according_to" -> accordingTo(report, s, cue, fullNames);
                        case "told" -> told(report, s, cue, fullNames);
                        case "said_after" -> saidAfter(report, s, cue, fullNames);
                        default -> saidBefore(report, s, cue, fullNames);
                    };
                    if (a != null) {
                        out.add(a);
                        break;
                    }
                }
            }
            if (out.isEmpty() || !out.get(out.size() - 1).scope().equals(s.span())) {
                Attribution a = outletInSentence(report, s);
                if (a != null) out.add(a);
            }
        }
        report.setAttributions(withQuotedSentences(report, out));
    }

    /**
     * A quotation of several sentences is attributed where it closes ('"… gedung. Dua tentara kami gugur," kata
     * Dizon'): the sentences it opened in share that source.
     */
    private static List<Attribution> withQuotedSentences(Report report, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found);
        java.util.Set<Integer> attributed = new java.util.HashSet<>();
        for (Attribution a : found) {
            Sentence s = report.sentenceAt(a.scope().start());
            if (s != null) attributed.add(s.index());
        }
        for (Attribution a : found) {
            Sentence s = report.sentenceAt(a.scope().start());
            if (s == null || quotes(s.span().of(report.text())) % 2 == 0) continue;
            for (int j = s.index() - 1; j >= Math.max(0, s.index() - 5); j--) {
                Sentence prev = report.sentences().get(j);
                if (attributed.contains(j) || !prev.zone().bearsEvents()) break;
                out.add(new Attribution(prev.span(), a.cue(), a.source()));
                attributed.add(j);
                if (quotes(prev.span().of(report.text())) % 2 == 1) break;   // the quotation opened here
            }
        }
        return out;
    }

    private static int quotes(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') n++;
        }
        return n;
    }

    /**
     * "Islamic State, in a statement posted by its Amaq news agency, said…": a known outlet named in a sentence
     * that reports speech is that sentence's source even without a cue right before or after it.
     */
    private Attribution outletInSentence(Report r, Sentence s) {
        List<Token> toks = r.tokens();
        boolean speech = false;
        for (int i = s.firstToken(); i < s.endToken() && !speech; i++) {
            String w = toks.get(i).lower();
            speech = SPEECH.contains(w);
        }
        if (!speech) return null;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            PhraseIndex.Match<Outlets.Outlet> o = outlets.index().longestAt(toks, i, s.endToken());
            if (o == null) continue;
            Outlets.Outlet outlet = o.values().get(0);
            Span name = span(toks, o.start(), o.end());
            return new Attribution(s.span(), name, new Source(outlet.name(), outlet.kind(), blank(outlet.affiliation()), null,
                    r.evidence(name, "attribution:outlet-in-speech-sentence")));
        }
        return null;
    }

    private static final java.util.Set<String> SPEECH = java.util.Set.of("said", "says", "claimed", "claims", "reported",
            "statement", "posted", "published", "announced", "mengatakan", "menyatakan", "mengklaim", "melaporkan",
            "pernyataan", "kata", "ujar", "menyebutkan", "menyebut", "dilaporkan");

    private Attribution accordingTo(Report r, Sentence s, PhraseIndex.Match<String> cue, Map<String, String> fullNames) {
        List<Token> toks = r.tokens();
        int from = cue.end(), to = Math.min(s.endToken(), from + WINDOW);
        Span cueSpan = span(toks, cue.start(), cue.end());
        for (int i = from; i < to; i++) {
            PhraseIndex.Match<Outlets.Outlet> o = outlets.index().longestAt(toks, i, to);
            if (o != null) {
                Outlets.Outlet outlet = o.values().get(0);
                String kind = describedKind(toks, from, i);
                if (kind == null || !kind.equals("perpetrator_affiliated")) kind = outlet.kind();
                Span name = span(toks, o.start(), o.end());
                return new Attribution(s.span(), cueSpan, new Source(outlet.name(), kind, blank(outlet.affiliation()), null,
                        r.evidence(span(toks, cue.start(), o.end()), "attribution:according-to+outlet")));
            }
        }
        // No known outlet: the phrase up to the next comma
        int end = from;
        while (end < to && !toks.get(end).lower().equals(",") && !toks.get(end).lower().equals(".")) end++;
        if (end == from) return null;
        String phrase = span(toks, from, end).of(r.text());
        boolean name = true;
        for (int k = from; k < end; k++) name &= isNamePart(toks.get(k));
        String kind = describedKind(toks, from, end);
        if (name) {
            phrase = person(phrase, fullNames);
            if (kind == null) kind = fullNames.get("kind:" + phrase);
        }
        return new Attribution(s.span(), cueSpan, new Source(phrase, kind == null ? "other" : kind, null, null,
                r.evidence(span(toks, cue.start(), end), "attribution:according-to")));
    }

    private Attribution told(Report r, Sentence s, PhraseIndex.Match<String> cue, Map<String, String> fullNames) {
        List<Token> toks = r.tokens();
        int nameEnd = cue.start();
        int nameStart = nameEnd;
        while (nameStart > s.firstToken() && isNamePart(toks.get(nameStart - 1))) nameStart--;
        int descStart = nameStart;
        while (descStart > s.firstToken() && descStart > nameStart - 5 && toks.get(descStart - 1).isWord()
                && !toks.get(descStart - 1).isCapitalised()) descStart--;
        String via = null;
        int outletEnd = cue.end();
        PhraseIndex.Match<Outlets.Outlet> o = cue.end() < s.endToken() ? outlets.index().longestAt(toks, cue.end(), s.endToken()) : null;
        if (o != null) {
            via = o.values().get(0).name();
            outletEnd = o.end();
        } else {
            int k = cue.end();
            while (k < s.endToken() && toks.get(k).isCapitalised()) k++;
            if (k > cue.end()) {
                via = span(toks, cue.end(), k).of(r.text());
                outletEnd = k;
            }
        }
        if (nameStart == nameEnd) {
            if (via == null) return null;
            Outlets.Outlet outlet = outlets.named(via);
            return new Attribution(s.span(), span(toks, cue.start(), cue.end()), new Source(via,
                    outlet == null ? "independent_media" : outlet.kind(), null, null,
                    r.evidence(span(toks, cue.start(), outletEnd), "attribution:told")));
        }
        String name = person(span(toks, nameStart, nameEnd).of(r.text()), fullNames);
        String kind = describedKind(toks, descStart, nameStart);
        if (kind != null) fullNames.putIfAbsent("kind:" + name, kind);
        return new Attribution(s.span(), span(toks, cue.start(), cue.end()), new Source(name, kind == null ? "other" : kind,
                null, via, r.evidence(span(toks, descStart, outletEnd), "attribution:told")));
    }

    private Attribution saidAfter(Report r, Sentence s, PhraseIndex.Match<String> cue, Map<String, String> fullNames) {
        List<Token> toks = r.tokens();
        // "…," kata Doghmoush. — the cue follows a quote or a comma
        if (cue.start() == s.firstToken()) return null;
        String prev = toks.get(cue.start() - 1).lower();
        boolean quote = prev.equals("\"") || prev.equals("\u201d") || prev.equals("'");
        // English inverts only after a quotation ('…," said Abu Ahmad'); Indonesian also after a comma (", kata dia")
        boolean english = r.language().equals("en") || r.language().equals("und");
        if (!(quote || prev.equals(",") && (!english || cue.start() >= 2 && isQuote(toks.get(cue.start() - 2).lower())))) return null;
        int k = cue.end();
        while (k < s.endToken() && isNamePart(toks.get(k))) k++;
        if (k == cue.end()) return null;
        String name = person(span(toks, cue.end(), k).of(r.text()), fullNames);
        Outlets.Outlet outlet = outlets.named(name);
        String kind = outlet != null ? outlet.kind() : kindOfKnownPerson(name, fullNames);
        return new Attribution(s.span(), span(toks, cue.start(), cue.end()), new Source(name, kind, null, null,
                r.evidence(span(toks, cue.start(), k), "attribution:said-after")));
    }

    private Attribution saidBefore(Report r, Sentence s, PhraseIndex.Match<String> cue, Map<String, String> fullNames) {
        List<Token> toks = r.tokens();
        // "Kantor berita A'maaq yang berafiliasi dengan IS mengklaim…": a known outlet before the verb is the speaker
        for (int i = Math.max(s.firstToken(), cue.start() - 10); i < cue.start(); i++) {
            PhraseIndex.Match<Outlets.Outlet> o = outlets.index().longestAt(toks, i, cue.start());
            if (o == null) continue;
            Outlets.Outlet outlet = o.values().get(0);
            return new Attribution(s.span(), span(toks, cue.start(), cue.end()), new Source(outlet.name(), outlet.kind(),
                    blank(outlet.affiliation()), null, r.evidence(span(toks, o.start(), o.end()), "attribution:outlet-said")));
        }
        int end = cue.start();
        int start = end;
        while (start > s.firstToken() && isNamePart(toks.get(start - 1))) start--;
        if (start == end) {
            // "The White Helmets, a civil defence group…, put the toll at 11 and said…": the sentence's subject speaks
            int k = s.firstToken();
            if (k < end && toks.get(k).lower().equals("the")) k++;
            int subjectEnd = k;
            while (subjectEnd < end && toks.get(subjectEnd).isCapitalised() && toks.get(subjectEnd).isWord()) subjectEnd++;
            if (subjectEnd == k || subjectEnd >= end || !toks.get(subjectEnd).lower().equals(",")) return null;
            start = k;
            end = subjectEnd;
        }
        PhraseIndex.Match<Outlets.Outlet> o = outlets.index().longestAt(toks, start, end);
        String name = o != null ? o.values().get(0).name() : person(span(toks, start, end).of(r.text()), fullNames);
        int descStart = start;
        while (descStart > s.firstToken() && descStart > start - 5 && toks.get(descStart - 1).isWord()) descStart--;
        String kind = o != null ? o.values().get(0).kind() : describedKind(toks, descStart, end);
        return new Attribution(s.span(), span(toks, cue.start(), cue.end()), new Source(name, kind == null ? "other" : kind,
                o == null ? null : blank(o.values().get(0).affiliation()), null,
                r.evidence(span(toks, start, end), "attribution:said-before")));
    }

    /** The kind that the words in [from, to) describe, or null when they describe none. */
    private String describedKind(List<Token> toks, int from, int to) {
        String best = null;
        for (PhraseIndex.Match<String> m : kindCues.findAll(toks, from, to)) {
            for (String k : m.values()) {
                if (best == null || kindOrder.indexOf(k) < kindOrder.indexOf(best)) best = k;
            }
        }
        return best;
    }

    private String kindOfKnownPerson(String name, Map<String, String> fullNames) {
        String k = fullNames.get("kind:" + name);
        return k == null ? "other" : k;
    }

    /** A one-word name that is the surname of a person named in full earlier ("Doghmoush") becomes the full name. */
    private static String person(String name, Map<String, String> fullNames) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!name.contains(" ")) {
            String full = fullNames.get(key);
            return full != null ? full : name;
        }
        String[] parts = name.split("\\s+");
        fullNames.putIfAbsent(parts[parts.length - 1].toLowerCase(Locale.ROOT), name);
        return name;
    }

    /** A word of a person's name: capitalised, or an Arabic article joined to a capitalised name ("al-Hamad"). */
    static boolean isNamePart(Token t) {
        if (!t.isWord()) return false;
        if (t.isCapitalised()) return true;
        String s = t.surface();
        int dash = s.indexOf('-');
        return dash > 0 && dash <= 3 && dash + 1 < s.length() && Character.isUpperCase(s.charAt(dash + 1))
                && List.of("al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "ud").contains(s.substring(0, dash).toLowerCase(Locale.ROOT));
    }

    private static boolean isQuote(String w) {
        return w.equals("\"") || w.equals("\u201d") || w.equals("'");
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Span span(List<Token> toks, int from, int to) {
        return new Span(toks.get(from).start(), toks.get(to - 1).end());
    }
}
