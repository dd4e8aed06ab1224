package org.peristiwa.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peristiwa.kb.Tsv;
import org.peristiwa.pipeline.Component;
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
                        case "according_to" -> accordingTo(report, s, cue);
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
        }
        report.setAttributions(out);
    }

    private Attribution accordingTo(Report r, Sentence s, PhraseIndex.Match<String> cue) {
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
        String kind = describedKind(toks, from, end);
        return new Attribution(s.span(), cueSpan, new Source(phrase, kind == null ? "other" : kind, null, null,
                r.evidence(span(toks, cue.start(), end), "attribution:according-to")));
    }

    private Attribution told(Report r, Sentence s, PhraseIndex.Match<String> cue, Map<String, String> fullNames) {
        List<Token> toks = r.tokens();
        int nameEnd = cue.start();
        int nameStart = nameEnd;
        while (nameStart > s.firstToken() && toks.get(nameStart - 1).isCapitalised() && toks.get(nameStart - 1).isWord()) nameStart--;
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
        return new Attribution(s.span(), span(toks, cue.start(), cue.end()), new Source(name, kind == null ? "other" : kind,
                null, via, r.evidence(span(toks, descStart, outletEnd), "attribution:told")));
    }

    private Attribution saidAfter(Report r, Sentence s, PhraseIndex.Match<String> cue, Map<String, String> fullNames) {
        List<Token> toks = r.tokens();
        // "…," kata Doghmoush. — the cue follows a quote or a comma
        if (cue.start() == s.firstToken()) return null;
        String prev = toks.get(cue.start() - 1).lower();
        if (!(prev.equals(",") || prev.equals("\"") || prev.equals("\u201d") || prev.equals("'"))) return null;
        int k = cue.end();
        while (k < s.endToken() && toks.get(k).isCapitalised() && toks.get(k).isWord()) k++;
        if (k == cue.end()) return null;
        String name = person(span(toks, cue.end(), k).of(r.text()), fullNames);
        Outlets.Outlet outlet = outlets.named(name);
        String kind = outlet != null ? outlet.kind() : kindOfKnownPerson(name, fullNames);
        return new Attribution(s.span(), span(toks, cue.start(), cue.end()), new Source(name, kind, null, null,
                r.evidence(span(toks, cue.start(), k), "attribution:said-after")));
    }

    private Attribution saidBefore(Report r, Sentence s, PhraseIndex.Match<String> cue, Map<String, String> fullNames) {
        List<Token> toks = r.tokens();
        int end = cue.start();
        int start = end;
        while (start > s.firstToken() && toks.get(start - 1).isCapitalised() && toks.get(start - 1).isWord()) start--;
        if (start == end) return null;
        PhraseIndex.Match<Outlets.Outlet> o = outlets.index().longestAt(toks, start, end);
        String name = o != null ? o.values().get(0).name() : person(span(toks, start, end).of(r.text()), fullNames);
        int descStart = start;
        while (descStart > s.firstToken() && descStart > start - 5 && toks.get(descStart - 1).isWord()) descStart--;
        String kind = o != null ? o.values().get(0).kind() : describedKind(toks, descStart, end);
        return new Attribution(s.span(), span(toks, cue.start(), cue.end()), new Source(name, kind == null ? "other" : kind,
                o == null ? null : blank(o.values().get(0).affiliation()), null,
                r.evidence(span(toks, start, cue.end()), "attribution:said-before")));
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

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Span span(List<Token> toks, int from, int to) {
        return new Span(toks.get(from).start(), toks.get(to - 1).end());
    }
}
