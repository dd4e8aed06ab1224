package org.peristiwa.geo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peristiwa.mention.PlaceMention;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Token;

/**
 * Picks an event's place among the places named in its sentences. A place scores for each mention, more when
 * a locative word introduces it ("in", "near", "di", "dekat") and more in the sentence of the event's main
 * trigger; a place given only as a reference point ("north of Damascus", "timur laut dari Damaskus") scores
 * less. Ambiguous names take the candidate in a country the report names, else the dateline's country.
 * With no place, the country alone (geo_precision 3).
 */
public final class LocationResolver {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around", "di", "dekat",
            "kawasan", "wilayah", "daerah", "sekitar", "kota", "desa", "town", "village", "city", "district", "province", "provinsi",
            "kabupaten", "kecamatan", "area");
    private static final Set<String> REFERENCE = Set.of("of", "from", "dari", "km", "kilometres", "kilometers", "miles");

    private final Gazetteer gazetteer;

    public LocationResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Location resolve(Report report, Iterable<Integer> sentences, int headSentence) {
        List<Token> toks = report.tokens();
        Map<String, Integer> countryVotes = new HashMap<>();
        for (PlaceMention p : report.places()) {
            String c = p.country() != null ? p.country().name() : p.candidates().size() == 1 ? p.candidates().get(0).country() : null;
            if (c != null) countryVotes.merge(c, 1, Integer::sum);
        }
        String datelineCountry = report.metadata().dateline == null ? null : report.metadata().dateline.country();
        Map<PlaceMention, Double> scores = new LinkedHashMap<>();
        PlaceMention bestCountry = null;
        for (int si : sentences) {
            Sentence s = report.sentences().get(si);
            for (PlaceMention p : report.places()) {
                if (!s.span().contains(p.span()) || p.adjective()) continue;
                if (p.isCountry()) {
                    if (bestCountry == null || si == headSentence) bestCountry = p;
                    continue;
                }
                double score = p.score();
                int k = p.firstToken() - 1;
                if (k >= s.firstToken() && LOCATIVE.contains(toks.get(k).lower())) score += 2;
                if (k >= s.firstToken() && REFERENCE.contains(toks.get(k).lower())) score -= 1.5;
                if (si == headSentence) score += 1;
                scores.put(p, score);
            }
        }
        // one vote per place, summed over its mentions
        Map<Place, Double> byPlace = new LinkedHashMap<>();
        Map<Place, PlaceMention> firstMention = new HashMap<>();
        for (Map.Entry<PlaceMention, Double> e : scores.entrySet()) {
            Place chosen = choose(e.getKey().candidates(), countryVotes, datelineCountry);
            byPlace.merge(chosen, e.getValue(), Double::sum);
            PlaceMention prev = firstMention.get(chosen);
            if (prev == null || scores.get(prev) < e.getValue()) firstMention.put(chosen, e.getKey());
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
        if (best != null) {
            PlaceMention m = firstMention.get(best);
            return new Location(best, gazetteer.country(best.country()), m.score(), report.evidence(m.span(), m.rule()));
        }
        if (bestCountry != null) {
            return new Location(null, bestCountry.country(), 1.0, report.evidence(bestCountry.span(), bestCountry.rule()));
        }
        return null;
    }

    /** Among same-named places, the one in a country the report names most, else the dateline's, else the first. */
    static Place choose(List<Place> candidates, Map<String, Integer> countryVotes, String datelineCountry) {
        if (candidates.size() == 1) return candidates.get(0);
        Place best = candidates.get(0);
        int bestVotes = -1;
        for (Place p : candidates) {
            int v = countryVotes.getOrDefault(p.country(), 0) * 2 + (p.country().equals(datelineCountry) ? 1 : 0);
            if (v > bestVotes || v == bestVotes && p.population() > best.population()) {
                best = p;
                bestVotes = v;
            }
        }
        return best;
    }
}
