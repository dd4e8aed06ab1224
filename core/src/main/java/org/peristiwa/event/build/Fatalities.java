package org.peristiwa.event.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.event.TriggerAnnotator;
import org.peristiwa.event.WordClasses;
import org.peristiwa.attribution.Attribution;
import org.peristiwa.attribution.Source;
import org.peristiwa.number.NumberMention;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Span;
import org.peristiwa.report.Token;
import org.peristiwa.text.PhraseIndex;
import org.peristiwa.time.DateMention;

/**
 * Reads death counts: a number followed by a death word within a few words ("30 tentara Suriah tewas",
 * "2 people were killed", "3 fatalities") or following a killing verb ("killing 3 soldiers"). An injury word
 * in between ends the search ("3 injured and 2 killed" gives 2). Counts in one sentence add up; a source
 * repeating itself is counted once (the largest of its sentences); different sources give the lowest figure
 * (ACLED's conservative rule), and a figure only the perpetrator's own outlet gives is used only when no other
 * source gives one. Every figure is kept as a claim with its source.
 */
final class Fatalities {

    /** A death count read from one place in the text. */
    record Figure(long value, Span span, Source source, int sentence, String victims) {}

    record Result(Long fatalities, List<Figure> figures, Figure chosen) {}

    private static final int AHEAD = 6;
    private final WordClasses classes = WordClasses.standard();

    Result read(Report report, Cluster cluster, Source publisher) {
        String lang = TriggerAnnotator.lexiconLanguage(report.language());
        List<Figure> figures = new ArrayList<>();
        for (int si : cluster.context) {
            Sentence s = report.sentences().get(si);
            Source src = sourceOf(report, s, publisher);
            Figure coded = codedStatement(report, s, src);
            if (coded != null) return new Result(coded.value(), List.of(coded), coded);
            for (NumberMention n : report.numbers()) {
                if (n.span().start() >= s.span().end()) break;   // numbers come in text order
                if (!s.span().contains(n.span()) || inDate(report, n.span())) continue;
                Span evidence = deathCount(report, lang, s, n);
                if (evidence != null) figures.add(new Figure(n.value(), evidence, src, si, victims(report, n)));
            }
            Figure definite = killedTheOne(report, lang, s, src);
            if (definite != null) figures.add(definite);
        }
        if (figures.isEmpty()) return new Result(null, figures, null);
        // per source: counts of different victims add up ("7 militants … 2 of our soldiers"); a count repeated
        // for the same victims is counted once (the largest)
        Map<String, Map<String, Figure>> bySourceAndVictims = new LinkedHashMap<>();
        Map<String, Boolean> perpetrator = new LinkedHashMap<>();
        for (Figure f : figures) {
            String key = f.source == null ? "" : f.source.name();
            Map<String, Figure> byVictims = bySourceAndVictims.computeIfAbsent(key, k -> new LinkedHashMap<>());
            String v = f.victims == null ? "?" : f.victims;
            Figure prev = byVictims.get(v);
            if (prev == null || f.value > prev.value) byVictims.put(v, f);
            perpetrator.put(key, f.source != null && "perpetrator_affiliated".equals(f.source.kind()));
        }
        Map<String, Figure> bySource = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Figure>> e : bySourceAndVictims.entrySet()) {
            long sum = 0, unknown = 0;
            Figure first = null;
            for (Map.Entry<String, Figure> v : e.getValue().entrySet()) {
                if (first == null) first = v.getValue();
                if (v.getKey().equals("?")) unknown = Math.max(unknown, v.getValue().value);
                else sum += v.getValue().value;
            }
            bySource.put(e.getKey(), new Figure(Math.max(sum, unknown), first.span, first.source, first.sentence, null));
        }
        Figure chosen = null;
        for (Map.Entry<String, Figure> e : bySource.entrySet()) {
            if (perpetrator.get(e.getKey())) continue;
            if (chosen == null || e.getValue().value < chosen.value) chosen = e.getValue();
        }
        if (chosen == null) {
            for (Figure f : bySource.values()) if (chosen == null || f.value < chosen.value) chosen = f;
        }
        return new Result(chosen.value, figures, chosen);
    }

    /** The words that make {@code n} a death count, or null when it counts something else. */
    private Span deathCount(Report r, String lang, Sentence s, NumberMention n) {
        List<Token> toks = r.tokens();
        // "the body of a man", "the bodies of 3 soldiers": the count of the dead
        if (n.firstToken() - 2 >= s.firstToken() && toks.get(n.firstToken() - 1).lower().equals("of")
                && REMAINS_OF.contains(toks.get(n.firstToken() - 2).lower())) {
            return new Span(toks.get(n.firstToken() - 2).start(), n.span().end());
        }
        // "a man", "seorang warga", "a QSD fighter": an article counts one only before a person, or as the subject of
        // a passive death ("a drug trafficker was killed", "a cadre of the CPI-Maoist was killed")
        boolean passive = passiveDeath(lang, toks, n.endToken(), Math.min(s.endToken(), n.endToken() + AHEAD + 4));
        if (n.weak() && !passive && !classes.any(lang, "persons", toks, n.endToken(), Math.min(s.endToken(), n.endToken() + 3))) {
            // ... or as the object of a killing verb ("shot dead a shopkeeper")
            return afterKillingVerb(lang, toks, s, n);
        }
        int ahead = lang.equals("id") ? AHEAD + 3 : passive ? AHEAD + 4 : AHEAD;   // "Seorang pria yang diduga hendak mencuri sepeda motor tewas"
        int limit = Math.min(s.endToken(), n.endToken() + ahead);
        for (int k = n.endToken(); k < limit; k++) {
            String w = toks.get(k).lower();
            // "5 FC personnel and 1 officer were killed": a coordinated count carries the search on
            if (startsNumber(r, k)) limit = Math.min(s.endToken(), k + ahead + 1);
            if (classes.at(lang, "injuries", toks, k, limit) != null) break;
            if (w.equals(",") || w.equals(";") || w.equals("and") && k > n.endToken() + 1) {
                // "killing 2 soldiers, injuring 3": a comma ends the noun phrase of this count
                if (!w.equals("and")) break;
            }
            PhraseIndex.Match<String> d = classes.at(lang, "deaths", toks, k, limit);
            if (d != null && !(isVerbBeforeObject(toks.get(k).lower()) && !PARTICIPLES.contains(toks.get(k).lower()))) {
                return new Span(n.span().start(), toks.get(d.end() - 1).end());
            }
        }
        // "put the death toll at 11", "the toll rose to 11", "jumlah korban tewas menjadi 11"
        for (int k = Math.max(s.firstToken(), n.firstToken() - 4); k < n.firstToken(); k++) {
            String w = toks.get(k).lower();
            if (w.equals("toll") || w.equals("tolls")) return new Span(toks.get(k).start(), n.span().end());
        }
        // "killing 3 soldiers and 2 civilians": a count joined to a death count shares its verb
        if (n.firstToken() > s.firstToken()) {
            String before = toks.get(n.firstToken() - 1).lower();
            if (before.equals("and") || before.equals("dan") || before.equals(",")) {
                NumberMention prev = null;
                for (NumberMention o : r.numbers()) {
                    if (o.endToken() <= n.firstToken() - 1 && o.endToken() >= n.firstToken() - 5 && s.span().contains(o.span())) prev = o;
                }
                boolean injured = classes.any(lang, "injuries", toks, n.endToken(), Math.min(s.endToken(), n.endToken() + 4));
                if (prev != null && prev != n && !injured && deathCount(r, lang, s, prev) != null) {
                    return new Span(prev.span().start(), n.span().end());
                }
            }
        }
        return afterKillingVerb(lang, toks, s, n);
    }

    /** "killing the driver", "shot and killed the head of the district council": one person, named by role. */
    private Figure killedTheOne(Report r, String lang, Sentence s, Source src) {
        if (!lang.equals("en")) return null;
        List<Token> toks = r.tokens();
        for (int k = s.firstToken(); k + 2 < s.endToken(); k++) {
            if (!isVerbBeforeObject(toks.get(k).lower()) || !toks.get(k + 1).lower().equals("the")) continue;
            int limit = Math.min(s.endToken(), k + 5);
            for (int j = k + 2; j < limit; j++) {
                String w = toks.get(j).lower();
                if (!toks.get(j).isWord() || w.equals("and") || w.equals("of")) break;
                if (classes.at(lang, "persons", toks, j, j + 1) != null && !w.endsWith("s")) {
                    return new Figure(1, new Span(toks.get(k).start(), toks.get(j).end()), src, s.index(), w);
                }
            }
        }
        return null;
    }

    /** "killing 3 soldiers", "menewaskan 3 orang", "shot dead a shopkeeper", "killing between 2 to 4 fighters". */
    private Span afterKillingVerb(String lang, List<Token> toks, Sentence s, NumberMention n) {
        for (int k = Math.max(s.firstToken(), n.firstToken() - 3); k < n.firstToken(); k++) {
            PhraseIndex.Match<String> d = classes.at(lang, "deaths", toks, k, n.firstToken());
            boolean adjacent = d != null && (d.end() == n.firstToken()
                    || d.end() == n.firstToken() - 1 && APPROXIMATORS.contains(toks.get(d.end()).lower()));
            if (adjacent && isVerbBeforeObject(toks.get(k).lower())) return new Span(toks.get(k).start(), n.span().end());
            if (adjacent && activeDoneToDeath(toks, s, k)) return new Span(toks.get(k - 1).start(), n.span().end());
        }
        return null;
    }

    /** Death verbs that take their victims as object ("killing 3", "menewaskan 3"), not as subject. */
    /** "was killed", "were shot dead", "was beaten to death": a passive death verb in {@code from..to}, before any comma. */
    private boolean passiveDeath(String lang, List<Token> toks, int from, int to) {
        if (!lang.equals("en")) return false;
        for (int k = from; k < to; k++) {
            String w = toks.get(k).lower();
            if (w.equals(",") || w.equals(";")) return false;
            if (!w.equals("was") && !w.equals("were")) continue;
            for (int j = k + 1; j < Math.min(to, k + 4); j++) {
                if (classes.at(lang, "deaths", toks, j, Math.min(toks.size(), j + 3)) != null) return true;
            }
            return false;
        }
        return false;
    }

    /** "menembak mati empat warga", "memukul mati": an active verb with "mati" takes its victims as object. */
    private static boolean activeDoneToDeath(List<Token> toks, Sentence s, int k) {
        if (!toks.get(k).lower().equals("mati") || k == s.firstToken()) return false;
        String verb = toks.get(k - 1).lower();
        return verb.startsWith("me") && verb.length() > 4;
    }

    private static boolean isVerbBeforeObject(String w) {
        return w.equals("killing") || w.equals("kills") || w.equals("kill") || PARTICIPLES.contains(w) || w.equals("shot")
                || w.equals("menewaskan") || w.equals("tewaskan") || w.equals("membunuh");
    }

    /** Killing verbs whose past form also follows its count ("2 soldiers killed", "assassinated a QSD member"). */
    private static final java.util.Set<String> PARTICIPLES = java.util.Set.of("killed", "assassinated", "murdered", "executed", "beheaded");

    /** "the body of a man", "the bodies of 3 soldiers". */
    private static final java.util.Set<String> REMAINS_OF = java.util.Set.of("body", "bodies");

    /** "killing between 2 to 4 fighters": a word between the verb and its count that leaves the count its own. */
    private static final java.util.Set<String> APPROXIMATORS = java.util.Set.of("between", "some", "about", "around", "nearly", "almost", "over");

    private static final java.util.Set<String> BODY_WORDS = java.util.Set.of("bodies", "body", "of", "jenazah", "mayat", "more", "lainnya", "orang");

    /** Who the count counts: the actor named right after the number ("7 militants", "dua tentara kami"), or null. */
    private static String victims(Report r, NumberMention n) {
        List<Token> toks = r.tokens();
        int k = n.endToken();
        while (k < toks.size() && k < n.endToken() + 3 && BODY_WORDS.contains(toks.get(k).lower())) k++;
        for (org.peristiwa.mention.ActorMention a : r.actors()) {
            if (a.firstToken() >= n.endToken() && a.firstToken() <= k + 1) {
                return a.key();   // "nine civilians in Syria" and "nine civilians" are the same victims
            }
            if (a.firstToken() > k + 1) break;
        }
        return null;
    }

    private static boolean startsNumber(Report r, int token) {
        for (NumberMention m : r.numbers()) if (m.firstToken() == token) return true;
        return false;
    }

    /**
     * ACLED's notes say how a figure was coded: "Fatalities coded as 0 (VoJ reported 1)", "Unknown fatalities coded
     * as 10", "Fatalities are split across 2 events (3)". Such a statement settles the count.
     */
    Figure codedStatement(Report r, Sentence s, Source src) {
        List<Token> toks = r.tokens();
        boolean fatal = false;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String w = toks.get(i).lower();
            if (w.startsWith("fatalit")) fatal = true;
            if (!fatal) continue;
            if (w.equals("coded") && i + 2 < s.endToken() && toks.get(i + 1).lower().equals("as")) {
                Long v = digitsOf(toks.get(i + 2).lower());
                if (v != null) {
                    // "coded as 10 and split between 3 events": this event's share, the first taking the remainder
                    Share events = eventCount(r, s, i + 3);
                    int end = events == null ? toks.get(i + 2).end() : events.end();
                    long share = events == null || events.parts() < 2 ? v : (v + events.parts() - 1) / events.parts();
                    return new Figure(share, new Span(toks.get(s.firstToken()).start(), end), src, s.index(), null);
                }
            }
            if (w.equals("split") && i + 5 < s.endToken()) {
                for (int k = i + 1; k < Math.min(s.endToken() - 2, i + 8); k++) {
                    if (toks.get(k).lower().equals("(")) {
                        Long v = digitsOf(toks.get(k + 1).lower());
                        if (v != null) return new Figure(v, new Span(toks.get(s.firstToken()).start(), toks.get(k + 1).end()), src, s.index(), null);
                    }
                }
            }
        }
        return null;
    }

    /** How many events a coded figure is shared by, and where the text saying so ends. */
    private record Share(long parts, int end) {}

    /**
     * "split between 3 events", "spread across two locations in two days": how many events a coded figure is shared
     * by (locations times days), or null.
     */
    private static Share eventCount(Report r, Sentence s, int from) {
        List<Token> toks = r.tokens();
        boolean shared = false;
        Share share = null;
        for (int k = from; k < s.endToken(); k++) {
            String w = toks.get(k).lower();
            if (w.equals("split") || w.equals("spread") || w.equals("distributed") || w.equals("divided")) shared = true;
            if (!shared || !SHARE_UNITS.contains(w)) continue;
            NumberMention n = null;
            for (NumberMention m : r.numbers()) if (m.endToken() == k && m.firstToken() > from) n = m;
            if (n == null) return share;
            share = new Share(share == null ? n.value() : share.parts() * n.value(), toks.get(k).end());
        }
        return share;
    }

    private static final java.util.Set<String> SHARE_UNITS = java.util.Set.of("events", "event", "locations", "location",
            "days", "fronts", "frontlines", "areas");

    private static Long digitsOf(String w) {
        if (w.isEmpty() || w.length() > 6 || !w.chars().allMatch(Character::isDigit)) return null;
        return Long.parseLong(w);
    }

    private static boolean inDate(Report r, Span span) {
        for (DateMention d : r.dates()) if (d.span().overlaps(span)) return true;
        return false;
    }

    static Source sourceOf(Report r, Sentence s, Source publisher) {
        for (Attribution a : r.attributions()) {
            if (a.scope().equals(s.span())) return a.source();
        }
        return publisher;
    }
}
