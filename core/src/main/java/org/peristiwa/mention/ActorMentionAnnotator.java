package org.peristiwa.mention;

import java.util.ArrayList;
import java.util.List;
import org.peristiwa.geo.Country;
import org.peristiwa.kb.ActorCodebook;
import org.peristiwa.report.Component;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Span;
import org.peristiwa.report.Token;
import org.peristiwa.text.PhraseIndex;

/**
 * Finds actors: named ones by their aliases (IS, ISIS, Daesh, KKB, Taliban…) and generic roles (troops,
 * tentara, protesters, warga…). A role takes the country the text ties to it: an adjective before it
 * ("Syrian troops", "Afghan forces") or a country name right after it ("tentara Suriah", "army of Syria").
 */
public final class ActorMentionAnnotator implements Component {

    private final ActorCodebook codebook;

    public ActorMentionAnnotator(ActorCodebook codebook) {
        this.codebook = codebook;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public void process(Report report) {
        List<ActorMention> out = new ArrayList<>();
        List<Token> toks = report.tokens();
        List<PlaceMention> places = report.places();
        for (Sentence s : report.sentences()) {
            compounds(report, s, out);
            List<PhraseIndex.Match<Object>> matches = new ArrayList<>(codebook.index().findAll(toks, s.firstToken(), s.endToken()));
            if (!report.stems().isEmpty()) addRootRoles(report, s, matches);
            for (PhraseIndex.Match<Object> m : matches) {
                Object v = pick(m.values());
                Span span = new Span(toks.get(m.start()).start(), toks.get(m.end() - 1).end());
                if (v instanceof ActorCodebook.NamedActor named) {
                    out.add(new ActorMention(span, m.start(), m.end(), named, null, null, null, "actor:alias"));
                } else {
                    // "Chikun local government area": a role word that names an administrative area is part of a
                    // place name, not an actor
                    if (m.end() < s.endToken() && AREA_NOUNS.contains(toks.get(m.end()).lower())) continue;
                    ActorCodebook.Role role = (ActorCodebook.Role) v;
                    PlaceMention c = countryModifier(places, m.start(), m.end());
                    Country country = c == null ? null : c.country();
                    int first = c != null && c.firstToken() < m.start() ? c.firstToken() : m.start();
                    int end = c != null && c.endToken() > m.end() ? c.endToken() : m.end();
                    Span full = new Span(toks.get(first).start(), toks.get(end - 1).end());
                    out.add(new ActorMention(full, first, end, null, role, country, c == null ? null : c.span(),
                            c == null ? "actor:role-word" : "actor:role-word+country"));
                    // "military forces of India and Pakistan": the same role for the second country
                    if (c != null && c.firstToken() >= m.end() && end + 1 < s.endToken()
                            && (toks.get(end).lower().equals("and") || toks.get(end).lower().equals("dan"))) {
                        for (PlaceMention p2 : places) {
                            if (p2.firstToken() == end + 1 && p2.isCountry() && !p2.adjective()) {
                                out.add(new ActorMention(p2.span(), p2.firstToken(), p2.endToken(), null, role, p2.country(), p2.span(),
                                        "actor:role-word+coordinated-country"));
                            }
                        }
                    }
                }
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        report.setActors(out);
    }

    private static final java.util.Set<String> AREA_NOUNS = java.util.Set.of("area", "areas", "lga", "lgas");

    private static final java.util.Set<String> AGENT_SUFFIXES = java.util.Set.of("planted", "led", "backed", "controlled",
            "held", "affiliated", "linked", "allied", "run", "laid", "placed", "fired", "operated", "aligned", "loyal");

    /**
     * "Taliban-planted landmine", "Houthi-controlled prison", "pro-Houthi forces": a named actor inside a hyphenated
     * word. The word as a whole names the actor's role in the event; the alias is matched on its part.
     */
    private void compounds(Report report, Sentence s, List<ActorMention> out) {
        List<Token> toks = report.tokens();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = toks.get(i);
            int dash = t.surface().lastIndexOf('-');
            if (dash <= 0 || dash == t.surface().length() - 1) continue;
            String head, rule;
            String lower = t.lower();
            if (lower.startsWith("pro-")) {
                head = t.surface().substring(4);
                rule = "actor:alias-in-pro-compound";
            } else if (AGENT_SUFFIXES.contains(lower.substring(dash + 1))) {
                head = t.surface().substring(0, dash);
                rule = "actor:alias-in-compound";
            } else {
                continue;
            }
            List<Token> part = new org.peristiwa.text.Tokenizer().tokenize(head, 0, head.length(), 0);
            if (part.isEmpty()) continue;
            PhraseIndex.Match<Object> m = codebook.index().longestAt(part, 0, part.size());
            if (m == null || m.end() != part.size()) continue;
            Object v = pick(m.values());
            if (v instanceof ActorCodebook.NamedActor named) {
                out.add(new ActorMention(t.span(), i, i + 1, named, null, null, null, rule));
            }
        }
    }

    /** Role words found by their root ("warga-warga", "wargaku"), where no listed form matched. */
    private void addRootRoles(Report report, Sentence s, List<PhraseIndex.Match<Object>> matches) {
        List<Token> stems = report.stems();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            final int at = i;
            if (matches.stream().anyMatch(m -> m.start() <= at && at < m.end())) continue;
            if (stems.get(i).lower().equals(report.tokens().get(i).lower())) continue;   // no affix: already tried
            PhraseIndex.Match<Object> m = codebook.index().longestAt(stems, i, i + 1);
            if (m != null && m.values().stream().allMatch(v -> v instanceof ActorCodebook.Role)) matches.add(m);
        }
        matches.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** A named actor wins over a role when one phrase is both. */
    private static Object pick(List<Object> values) {
        for (Object v : values) if (v instanceof ActorCodebook.NamedActor) return v;
        return values.get(0);
    }

    /** A country adjective or name directly before the role words, or a country name up to two tokens after. */
    private static PlaceMention countryModifier(List<PlaceMention> places, int start, int end) {
        for (PlaceMention p : places) {
            if (p.country() == null || !p.candidates().isEmpty()) continue;
            if (p.endToken() == start || p.endToken() == start - 1 && p.adjective()) return p;
            if (p.firstToken() >= end && p.firstToken() <= end + 2 && !p.adjective()) return p;
        }
        return null;
    }
}
