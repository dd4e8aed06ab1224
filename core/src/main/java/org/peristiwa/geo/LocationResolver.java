package org.peristiwa.geo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.event.EventMention;
import org.peristiwa.mention.PlaceMention;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Token;

/**
 * Picks an event's place among the place names of its sentences, each already resolved to its best candidate
 * by context ({@link PlaceDisambiguator}). A name scores for each mention: more when a locative word introduces
 * it ("in", "near", "di", "dekat", "in the area of"), more in the sentence of the event's trigger and in the
 * trigger's clause, less as a reference point ("north of Damascus", "timur laut dari Damaskus") and nothing as
 * the province or country that locates another name ("Santa Fe, Ocotepeque": Ocotepeque only locates). When the
 * event's sentences name no place, a place named elsewhere in the body is taken at a lower score; with none, the
 * country alone (geo_precision 3).
 */
public final class LocationResolver {

    private final Gazetteer gazetteer;
    private final PlaceWords words;

    public LocationResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.words = PlaceWords.standard();
    }

    /** Points for a place named in the title (1) or the lede, the first two body sentences (0.75); none in a short note. */
    private static double leadBonus(Sentence s, int[] lede) {
        if (s.zone() == org.peristiwa.report.Zone.TITLE) return 1;
        return lede != null && (s.index() == lede[0] || s.index() == lede[1]) ? 0.75 : 0;
    }

    /** The indices of the first two body sentences of a report of more than two, or null. */
    private static int[] lede(Report report) {
        int[] first = {-1, -1};
        int body = 0;
        for (Sentence o : report.sentences()) {
            if (o.zone() != org.peristiwa.report.Zone.BODY) continue;
            if (body < 2) first[body] = o.index();
            body++;
        }
        return body > 2 ? first : null;
    }

    public Location resolve(Report report, Iterable<Integer> sentences, int headSentence) {
        List<Token> toks = report.tokens();
        int trigger = triggerToken(report, headSentence);
        int[] lede = lede(report);
        Map<Place, Double> byPlace = new LinkedHashMap<>();
        Map<Place, PlaceMention> bestMention = new HashMap<>();
        Map<Place, Double> bestMentionScore = new HashMap<>();
        PlaceMention bestCountry = null;
        List<PlaceMention> places = report.places();
        java.util.Set<Integer> eventSentences = new java.util.HashSet<>();
        java.util.Set<PlaceMention> approximate = new java.util.HashSet<>();
        java.util.Set<Place> weak = new java.util.HashSet<>();
        for (int si : sentences) eventSentences.add(si);
        Map<String, Integer> countryMentions = countryMentions(places);
        for (int pass = 0; pass < 2 && byPlace.isEmpty(); pass++) {
            if (pass == 1) { bestMention.clear(); bestMentionScore.clear(); }
            for (PlaceMention p : places) {
                if (p.adjective()) continue;
                Sentence s = report.sentenceAt(p.span().start());
                if (s == null) continue;
                // the dateline says where the report was filed, not where the event was: a fall-back only
                boolean inEvent = eventSentences.contains(s.index()) && !inDateline(report, p);
                if (pass == 0 != inEvent) continue;
                if (p.isCountry()) {
                    if (p.rule().endsWith("-modifier")) continue;
                    if (pass == 0 && (bestCountry == null || s.index() == headSentence && report.sentenceAt(bestCountry.span().start()).index() != headSentence)) {
                        bestCountry = p;
                    }
                    continue;
                }
                if (p.best() == null) continue;
                PlaceMention head = p;
                double standIn = 0;
                if (p.qualifies() == PlaceMention.LOCATES_UNKNOWN) {
                    standIn = 1.5; // it stands in for the unknown name before it, which the event is about
                } else if (p.qualifies() >= 0) {
                    // a locating place counts only when the name it locates is unknown: then it stands in for it
                    PlaceMention target = places.get(p.qualifies());
                    // a district known only by name has no position of its own: the town that locates it
                    // stands in ("Oicha (Beni, Nord-Kivu)" with Oicha only a district name: Beni)
                    boolean standsIn = target.best() == null || target.best().isHollow() && !p.best().isHollow()
                            && p.best().geoPrecision() < 3;
                    if (!standsIn || target.isCountry()) continue;
                    head = target;
                    while (head.qualifies() >= 0 && places.get(head.qualifies()).best() == null && !places.get(head.qualifies()).isCountry()) head = places.get(head.qualifies());
                }
                // "terrorists positioned in the Eastern Ghouta targeted al-Salihiah": where the fire came from;
                // "pria yang tinggal di Malang ini ditangkap": where the man lives
                if (whereaboutsOnly(toks, s, head)) continue;
                double score = p.score() + standIn + introduced(toks, s, head);
                // "in Aracaju … in Santa Maria neighborhood", "Murree road in Rawalpindi": a quarter or a road is part
                // of the town the report names, which ACLED codes
                if ("landmark".equals(p.kind())) score -= LANDMARK;
                if (s.index() == headSentence) {
                    score += 1;
                    if (trigger >= 0 && sameClause(toks, trigger, p.firstToken())) score += 0.5;
                    // "On 30 April, in Andahuaylas, Apurimac, citizens … demanding to return to Lima": the place
                    // that opens the sentence sets the scene of its act
                    if (trigger >= 0 && p.endToken() <= trigger) score += SCENE;
                }
                if (pass == 1) score -= 1;
                // a story's headline and lede say where it happened; later paragraphs add other places
                score += leadBonus(s, lede);
                Place chosen = p.best();
                if (placedElsewhere(report, places, p)) continue;
                if (chosen.isHollow()) score -= HOLLOW; // a last resort: a district known only by its name
                if (chosen.isHollow() || p.rule().startsWith("geo:transliteration-key") || byOtherName(report, p)) weak.add(chosen);
                if (head != p || p.qualifies() == PlaceMention.LOCATES_UNKNOWN || approximate(toks, s, p)) approximate.add(p);
                byPlace.merge(chosen, score, Double::sum);
                if (!bestMentionScore.containsKey(chosen) || bestMentionScore.get(chosen) < score) {
                    bestMentionScore.put(chosen, score);
                    bestMention.put(chosen, p);
                }
            }
            weighCountries(byPlace, countryMentions, weak);
        }
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Place, Double> e : byPlace.entrySet()) {
            double sc = e.getValue();
            if (sc > bestScore || sc == bestScore && best != null && e.getKey().geoPrecision() < best.geoPrecision()) {
                best = e.getKey();
                bestScore = sc;
            }
        }
        // ACLED codes the most specific place: a town inside the winning province or district, named almost as
        // strongly, wins ("di Jawa Timur … Jalan Gubernur Suryo, Surabaya": Surabaya)
        if (best != null && (best.isAdmin1() || best.isAdmin2() || best.geoPrecision() >= 2)) {
            Place inner = null;
            double innerScore = Double.NEGATIVE_INFINITY;
            for (Map.Entry<Place, Double> e : byPlace.entrySet()) {
                Place p = e.getKey();
                if (p == best || p.geoPrecision() >= best.geoPrecision() || e.getValue() < bestScore - 1.5) continue;
                // a region (a mountain range, a plain) shares its province with towns far outside it: only a town
                // near it is inside it ("Ftireh in Jabal al-Zawiya … of Idleb" is not Idlib city)
                boolean region = !best.isAdmin1() && !best.isAdmin2();
                boolean inside = region ? best.distanceKm(p) <= 20 : PlaceDisambiguator.contains(best, p) >= 5;
                if (inside && e.getValue() > innerScore) {
                    inner = p;
                    innerScore = e.getValue();
                }
            }
            if (inner != null) best = inner;
        }
        if (best != null) {
            PlaceMention m = bestMention.get(best);
            Country c = gazetteer.country(best.country());
            if (c == null) c = new Country(best.country(), "", "", best.latitude(), best.longitude());
            boolean area = approximate.contains(m);
            return new Location(best, c, m.score(), report.evidence(m.span(), m.rule() + (area ? "+precision:area" : "")), area);
        }
        if (bestCountry != null) {
            return new Location(null, bestCountry.country(), 1.0, report.evidence(bestCountry.span(), bestCountry.rule()));
        }
        // nothing names a place: the country whose adjective the event's sentences use ("Ukrainian forces fired
        // near Vesele"), when they use one country's only, at a low score
        PlaceMention adjective = null;
        for (PlaceMention p : places) {
            Sentence s = report.sentenceAt(p.span().start());
            if (!p.adjective() || s == null || !eventSentences.contains(s.index())) continue;
            if (adjective != null && !adjective.country().equals(p.country())) return null;
            if (adjective == null) adjective = p;
        }
        if (adjective != null) {
            return new Location(null, adjective.country(), 0.5, report.evidence(adjective.span(), adjective.rule() + "+geo:only-country-named"));
        }
        return null;
    }

    /**
     * A place alone in its country while the report keeps naming another is probably a namesake of a place the
     * gazetteer lacks ("Gorgan … forces of Azerbaijan … near Shukurbeyli, Fizuli" is not Iran's Gorgan); a weak
     * reading (a district known only by name, a guessed spelling, another language's name) in a country the report
     * names less than another is dropped ("Bangu" is a district of Congo, and a neighbourhood of Rio de Janeiro).
     */
    private static void weighCountries(Map<Place, Double> byPlace, Map<String, Integer> countryMentions, java.util.Set<Place> weak) {
        java.util.Iterator<Map.Entry<Place, Double>> it = byPlace.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Place, Double> e = it.next();
            int own = countryMentions.getOrDefault(e.getKey().country(), 0);
            int other = 0;
            for (Map.Entry<String, Integer> c : countryMentions.entrySet()) {
                if (!c.getKey().equals(e.getKey().country())) other = Math.max(other, c.getValue());
            }
            if (other >= 2 * own && other - own >= 2) e.setValue(e.getValue() - OUTNUMBERED);
            else if (weak.contains(e.getKey()) && other > own) it.remove();
        }
    }

    /** What a place named before the trigger in its sentence gains: the scene the sentence opens with. */
    private static final double SCENE = 0.5;

    /** What a name that a landmark noun follows ("X neighborhood", "X road") loses against the towns of the report. */
    private static final double LANDMARK = 2;

    /** What a district placed at its province's centre loses against any place the gazetteer knows in full. */
    private static final double HOLLOW = 3;

    /**
     * "the White House in central Moscow": the text itself puts the name inside a place of another country, so it
     * is a namesake (a building, a district) of a place the gazetteer has elsewhere.
     */
    private static boolean placedElsewhere(Report report, List<PlaceMention> places, PlaceMention p) {
        List<Token> toks = report.tokens();
        int k = p.endToken();
        if (k >= toks.size() || !toks.get(k).lower().equals("in")) return false;
        k++;
        while (k < toks.size() && IN_MODIFIERS.contains(toks.get(k).lower())) k++;
        for (PlaceMention q : places) {
            if (q.firstToken() != k || q.adjective()) continue;
            String where = q.isCountry() ? q.country().name() : q.best() == null ? null : q.best().country();
            return where != null && !where.equals(p.best().country());
        }
        return false;
    }

    private static final java.util.Set<String> IN_MODIFIERS = java.util.Set.of("the", "central", "downtown", "eastern",
            "western", "northern", "southern", "east", "west", "north", "south");

    /** "Mare" read as Malé through one of its other names: the place's own name is not what the text says. */
    private static boolean byOtherName(Report report, PlaceMention p) {
        return PlaceDisambiguator.byOtherName(p.best(), Names.normalize(p.span().of(report.text())));
    }

    /** What a place loses when the report names another country's places or the country itself far more often. */
    private static final double OUTNUMBERED = 1.5;

    /** How often the report names each country: by its name, or by a place read as lying in it. */
    private static Map<String, Integer> countryMentions(List<PlaceMention> places) {
        Map<String, Integer> out = new HashMap<>();
        for (PlaceMention p : places) {
            if (p.adjective()) continue;
            String c = p.isCountry() ? p.country().name() : p.best() == null ? null : p.best().country();
            if (c != null) out.merge(c, 1, Integer::sum);
        }
        return out;
    }

    /** +2 after a locative word ("in", "near", "in the area of", "di kawasan"), -1.5 after a reference word ("north of"). */
    private double introduced(List<Token> toks, Sentence s, PlaceMention p) {
        int k = p.firstToken() - 1;
        // step back over place-kind nouns and articles: "in the village of X", "di desa X", "in rural X"
        while (k >= s.firstToken() && (words.kindOf(toks.get(k).lower()) != null || toks.get(k).lower().equals("the"))) k--;
        if (k < s.firstToken()) return 0;
        String w = toks.get(k).lower();
        if (w.equals("of") && k - 1 >= s.firstToken()) {
            String before = toks.get(k - 1).lower();
            if (words.kindOf(before) != null) return 2; // "the area of X", "the city of X"
        }
        if (words.is("locative", w)) return 2;
        // "of" is a reference only after a bearing or a distance ("north of X", "10 km of X"); "the entrance of
        // X", "members of X" say nothing about where the event was
        if (w.equals("of") && (k - 1 < s.firstToken() || !BEARINGS.contains(toks.get(k - 1).lower()))) return 0;
        if (words.is("reference", w)) return -1.5;
        return 0;
    }

    /**
     * "positioned in X", "holed up in X", "tinggal di X", "the ministry in X said": X is where the attackers were, where
     * someone lives or where a speaker sits, not where the act took place.
     */
    private boolean whereaboutsOnly(List<Token> toks, Sentence s, PlaceMention p) {
        int k = p.firstToken() - 1;
        // back over kind nouns, and over the names and commas of an address the place ends: "di Jalan Kemuning, Malang"
        while (k >= s.firstToken() && (words.kindOf(toks.get(k).lower()) != null || toks.get(k).lower().equals("the")
                || toks.get(k).lower().equals(",") || toks.get(k).isCapitalised())) k--;
        if (k < s.firstToken() + 1 || !words.is("locative", toks.get(k).lower())) return false;
        String before = toks.get(k - 1).lower();
        if (before.equals("up") && k - 2 >= s.firstToken()) before = toks.get(k - 2).lower();
        // "the defence ministry in Moscow said": where the speaker sits
        boolean speaks = p.endToken() < s.endToken() && words.is("speaker", toks.get(p.endToken()).lower());
        return words.is("positioned", before) || words.is("residence", before) || speaks && words.is("speaker_noun", before);
    }

    private static boolean inDateline(Report report, PlaceMention p) {
        var d = report.metadata().dateline;
        return d != null && d.evidence() != null && p.span().start() < d.evidence().end() && p.span().end() > d.evidence().start();
    }

    /** "near X", "around X", "dekat X", "X countryside", "the outskirts of X": the event is only close to X. */
    private boolean approximate(List<Token> toks, Sentence s, PlaceMention p) {
        int k = p.firstToken() - 1;
        while (k >= s.firstToken() && (toks.get(k).lower().equals("the") || toks.get(k).lower().equals("of")
                || words.is("area", toks.get(k).lower()))) {
            if (words.is("area", toks.get(k).lower())) return true;
            k--;
        }
        if (k >= s.firstToken() && NEAR.contains(toks.get(k).lower())) return true;
        return p.endToken() < s.endToken() && words.is("area", toks.get(p.endToken()).lower());
    }

    private static final java.util.Set<String> BEARINGS = java.util.Set.of("north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "km", "kms",
            "kilometres", "kilometers", "miles", "metres", "meters", "northern", "southern", "eastern", "western");

    private static final java.util.Set<String> NEAR = java.util.Set.of("near", "around", "outside", "nearby", "dekat", "sekitar", "pinggiran");

    /** The first token of the event's trigger in its head sentence, or -1. */
    private static int triggerToken(Report report, int headSentence) {
        for (EventMention e : report.eventMentions()) if (e.sentence() == headSentence) return e.firstToken();
        return -1;
    }

    /** Whether no clause boundary (";", or ", which/while/as/after…") lies between the two tokens. */
    private static boolean sameClause(List<Token> toks, int a, int b) {
        int from = Math.min(a, b), to = Math.max(a, b);
        for (int i = from; i < to; i++) {
            String w = toks.get(i).lower();
            if (w.equals(";") || w.equals(":")) return false;
            if (w.equals(",") && i + 1 < to) {
                String n = toks.get(i + 1).lower();
                if (n.equals("which") || n.equals("while") || n.equals("after") || n.equals("as") || n.equals("when")
                        || n.equals("sementara") || n.equals("setelah") || n.equals("ketika")) return false;
            }
        }
        return true;
    }
}
