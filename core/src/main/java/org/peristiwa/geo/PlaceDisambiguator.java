package org.peristiwa.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peristiwa.kb.Tsv;
import org.peristiwa.mention.PlaceMention;
import org.peristiwa.report.Report;

/**
 * Ranks each place name's candidates by context, best first. The evidence, strongest first: the places and
 * countries that locate the name in the text ("Santa Fe, Ocotepeque": the candidate inside Ocotepeque; "X (Beni,
 * Nord-Kivu)"), the kind noun beside it ("Idlib province" is the province, "Nad Ali district" the district; "Bolivar
 * state" is Venezuela's, by geo/admin1_nouns.tsv), the countries the report names, words only one country's reports use
 * (kb/country_cues.tsv) and its dateline, other provinces the report names, the country of the report's other,
 * unambiguous places ("from Beirut to Tripoli"), then the place's importance (curated conflict place, capital,
 * population). A district known only by name is a last resort; a large town written beside a province of its own
 * country that does not hold it is kept, filed under the province written. The mention's score becomes its match score times the margin
 * between the best and the second candidate, so that a coin-flip between two towns lowers confidence.
 */
public final class PlaceDisambiguator {

    private final PlaceWords words;

    private final Map<String, Set<String>> admin1Nouns; // country -> what it calls its provinces

    public PlaceDisambiguator(PlaceWords words) {
        this(words, Tsv.resource("geo/admin1_nouns.tsv", "country", "nouns"));
    }

    public PlaceDisambiguator(PlaceWords words, List<Tsv.Row> admin1Nouns) {
        this.words = words;
        this.admin1Nouns = new java.util.HashMap<>();
        for (Tsv.Row row : admin1Nouns) {
            Set<String> nouns = new HashSet<>(row.list("nouns"));
            if (this.admin1Nouns.put(row.require("country"), nouns) != null) throw row.error("duplicate country '" + row.get("country") + "'");
        }
    }

    /** The province noun written beside a name: "Bolivar state", "the state of Punjab"; or null. */
    private String admin1Noun(Report report, PlaceMention m) {
        List<org.peristiwa.report.Token> toks = report.tokens();
        if (m.endToken() < toks.size() && "admin1".equals(words.kindOf(toks.get(m.endToken()).lower()))) return toks.get(m.endToken()).lower();
        int k = m.firstToken() - 1;
        if (k >= 0 && "admin1".equals(words.kindOf(toks.get(k).lower()))) return toks.get(k).lower();
        if (k >= 1 && toks.get(k).lower().equals("of")) return toks.get(k - 1).lower();
        return null;
    }

    public List<PlaceMention> rank(Report report, List<PlaceMention> ms) {
        Set<String> countries = new HashSet<>();
        java.util.Map<String, Set<String>> admin1s = new java.util.HashMap<>(); // province -> the names that may name it
        // country -> the mentions whose every candidate lies in it ("Beirut" makes a bare "Tripoli" Lebanon's)
        java.util.Map<String, Set<String>> placeCountries = new java.util.HashMap<>();
        for (int k = 0; k < ms.size(); k++) {
            PlaceMention m = ms.get(k);
            if (m.isCountry() && !m.adjective() && !m.rule().endsWith("-modifier")) countries.add(m.country().name());
            if (!m.isCountry() && m.country() == null) {
                String name = Names.normalize(m.span().of(report.text()));
                for (Place p : m.candidates()) if (p.isAdmin1()) admin1s.computeIfAbsent(p.country() + "/" + p.admin1(), x -> new HashSet<>()).add(name);
                String only = onlyCountry(m);
                if (only != null) placeCountries.computeIfAbsent(only, x -> new HashSet<>()).add(name);
            }
        }
        // words only one country's reports use ("OSCE SMM", "dahalo", "upazila") weigh like the country's name
        Set<String> cued = new HashSet<>(), cuedProvinces = new HashSet<>();
        for (CountryCues.Cue c : CountryCues.standard().find(report)) {
            cued.add(c.country());
            for (String p : c.provinces()) cuedProvinces.add(c.country() + "/" + p);
        }
        String dateline = report.metadata().dateline == null ? null : report.metadata().dateline.country();
        List<PlaceMention> out = new ArrayList<>(ms);
        // qualifiers are ranked before the names they locate (they come after them in the text)
        for (int k = out.size() - 1; k >= 0; k--) {
            PlaceMention m = out.get(k);
            if (m.isCountry() || m.country() != null) continue;
            List<PlaceMention> chain = chain(out, k);
            List<PlaceMention> located = locatedBy(out, k);
            List<Scored> scored = new ArrayList<>();
            String said = Names.normalize(m.span().of(report.text()));
            String noun = "admin1".equals(m.kind()) ? admin1Noun(report, m) : null;
            for (Place p : m.candidates()) {
                Scored sc = score(p, m, k, said, chain, located, countries, cued, admin1s, placeCountries, dateline);
                if (cuedProvinces.contains(p.country() + "/" + p.admin1())) {
                    sc = new Scored(p, sc.score() + CUED_PROVINCE, sc.why().isEmpty() ? "context:province-cue" : sc.why(), sc.located());
                }
                Set<String> nouns = admin1Nouns.get(p.country());
                if (noun != null && p.isAdmin1() && nouns != null && nouns.contains(noun)) {
                    sc = new Scored(p, sc.score() + ADMIN1_NOUN, sc.why().isEmpty() ? "context:province-noun" : sc.why(), sc.located());
                }
                scored.add(sc);
            }
            scored.sort(Comparator.comparingDouble((Scored s) -> -s.score).thenComparing(s -> -s.place.population()));
            List<Place> ranked = new ArrayList<>();
            boolean guessed = m.rule().startsWith("geo:transliteration-key");
            boolean oneCountry = true, anyLocated = false;
            for (Scored x : scored) {
                oneCountry &= x.place.country().equals(scored.get(0).place.country());
                anyLocated |= x.located;
            }
            // a located name none of whose candidates lies in the place that locates it is a town the gazetteer
            // lacks ("Rio Claro, Lara state": not the Rio Claro in Trinidad): the locating place stands in for it
            // ... unless a reading lies in the locating place's country: then the text (or an older gazetteer)
            // has the province wrong, and the town is still the town ("Nawabshah city (Nawabshah, Punjab)";
            // "Hyderabad (Hyderabad, TS)" while GeoNames still files Hyderabad under Andhra Pradesh)
            boolean misfiled = !chain.isEmpty() && !anyLocated && sameCountry(scored, chain);
            boolean unlocated = !chain.isEmpty() && !anyLocated && !misfiled;
            // the province the text writes beside the name, widest of the names that locate it
            Place writtenProvince = chain.isEmpty() ? null : chain.get(chain.size() - 1).best();
            if (writtenProvince != null && !writtenProvince.isAdmin1()) writtenProvince = null;
            for (Scored s : scored) {
                // a district known only by its name gives way to a town of its name in its province: the town is
                // its seat, with a position ("Baqim district": the town Baqim)
                if (unlocated || s.place.isHollow() && hasSeat(s.place, m.candidates())) continue;
                // "Bara Bara village": a village the gazetteer lacks, not a district of that name elsewhere
                if (s.place.isHollow() && ("settlement".equals(m.kind()) || "landmark".equals(m.kind()))) continue;
                // a guessed spelling needs the place's country or province named, or a place that locates it
                boolean placed = s.located || s.why.startsWith("context:country") || s.why.startsWith("context:province")
                        || s.why.startsWith("context:dateline") || s.why.startsWith("context:contains");
                if (guessed && !placed) continue;
                // ACLED files the event under the province its note names ("Hyderabad (Hyderabad, TS)": Telangana)
                boolean refile = writtenProvince != null && s.place.isSettlement() && s.place.country().equals(writtenProvince.country())
                        && !s.place.admin1().equalsIgnoreCase(writtenProvince.admin1());
                ranked.add(refile ? s.place.withAdmin1(writtenProvince.admin1()) : s.place);
            }
            double margin = scored.size() < 2 ? 1 : Math.min(1, 0.6 + (scored.get(0).score - scored.get(1).score) / 5);
            String rule = m.rule() + (scored.isEmpty() || scored.get(0).why.isEmpty() ? "" : "+" + scored.get(0).why);
            out.set(k, m.withRanking(ranked, Math.round(m.score() * margin * 100) / 100.0, rule));
        }
        return out;
    }

    /** A town this large is the one meant even when the province written beside it is not its own. */
    private static final long MISFILED_TOWN = 50_000;

    private static boolean sameCountry(List<Scored> scored, List<PlaceMention> chain) {
        PlaceMention q = chain.get(chain.size() - 1); // the widest place named: the province or the country
        String country = q.isCountry() ? q.country().name() : q.best() == null ? null : q.best().country();
        if (country == null) return false;
        for (Scored s : scored) {
            boolean large = s.place.population() >= MISFILED_TOWN || "city".equals(s.place.feature()); // curated cities: no population
            if (s.place.isSettlement() && s.place.country().equals(country) && large) return true;
        }
        return false;
    }

    private static boolean hasSeat(Place district, List<Place> readings) {
        for (Place p : readings) {
            if (!p.isHollow() && p.country().equals(district.country()) && p.admin1().equals(district.admin1())) return true;
        }
        return false;
    }

    private record Scored(Place place, double score, String why, boolean located) {}

    private Scored score(Place p, PlaceMention m, int k, String said, List<PlaceMention> chain, List<PlaceMention> located,
                         Set<String> countries, Set<String> cued, java.util.Map<String, Set<String>> admin1s,
                         java.util.Map<String, Set<String>> placeCountries, String dateline) {
        double s = 0;
        String why = "";
        boolean inside = false;
        for (PlaceMention q : chain) {
            if (q.isCountry()) {
                if (q.country().name().equals(p.country())) { s += 5; why = "context:country-after"; inside = true; }
                continue;
            }
            double best = 0;
            for (int i = 0; i < q.candidates().size(); i++) {
                // a qualifier already ranked: its best candidate counts most; a district known only by name
                // ("La Paz" is also a district of Argentina) locates nothing unless it is the best reading
                Place qi = q.candidates().get(i);
                if (i > 0 && qi.isHollow()) continue;
                // ... or a reading nested with it: "Donetsk" is the oblast and, inside it, the raion
                double w = i == 0 || contains(q.candidates().get(0), qi) >= 5 || contains(qi, q.candidates().get(0)) >= 5 ? 1 : 0.7;
                best = Math.max(best, w * contains(q.candidates().get(i), p));
            }
            if (best > 1) inside = true;
            if (best > 0) { s += best; why = "context:located-in"; }
        }
        for (PlaceMention x : located) {
            // a name that qualifies another: prefer the candidate that contains it (a guessed spelling counts little)
            if (x.rule().startsWith("geo:transliteration-key")) continue;
            double best = 0;
            for (Place c : x.candidates()) best = Math.max(best, contains(p, c));
            if (best > 0) { s += best * 0.8; if (why.isEmpty()) why = "context:contains-previous"; }
        }
        // a name that locates another ("Kamianka, Donetsk"; "(Kaimur, Bihar)") is an area: its province or district
        if (m.isQualifier() && (p.isAdmin1() || p.isAdmin2() || p.geoPrecision() >= 2)) s += 2.5;
        String kind = m.kind();
        if ("landmark".equals(kind) && p.isSettlement()) s -= 2;
        if ("admin1".equals(kind) && p.isAdmin1() || "admin2".equals(kind) && p.isAdmin2()) { s += 3; if (why.isEmpty()) why = "context:kind-" + kind; }
        if ("settlement".equals(kind) && p.isSettlement()) s += 1;
        if (kind == null && p.isSettlement()) s += 0.5;
        if (countries.contains(p.country())) { s += 2; if (why.isEmpty()) why = "context:country-named"; }
        else if (cued.contains(p.country())) { s += 2; if (why.isEmpty()) why = "context:country-cue"; }
        Set<String> sameCountry = placeCountries.get(p.country());
        if (sameCountry != null && (sameCountry.size() > 1 || !sameCountry.contains(said))) {
            s += PLACE_IN_COUNTRY;
            if (why.isEmpty()) why = "context:country-of-other-place";
        }
        if (p.country().equals(dateline)) { s += 1.5; if (why.isEmpty()) why = "context:dateline-country"; }
        // another name, not a repeat of this one, names the candidate's province
        Set<String> naming = admin1s.get(p.country() + "/" + p.admin1());
        if (!p.isAdmin1() && naming != null && (naming.size() > 1 || !naming.contains(said))) {
            s += 1.5;
            if (why.isEmpty()) why = "context:province-named";
        }
        s += prior(p);
        // matched through another language's name ("Kahira" is Cairo in Turkish): the place's own name is likelier
        if (byOtherName(p, said)) s -= 1.5;
        return new Scored(p, s, why, inside);
    }

    /** The weight of another place the report names whose every reading lies in the candidate's country. */
    private static final double PLACE_IN_COUNTRY = 1.5;

    /**
     * The country a name almost surely lies in, or null: all its readings lie there, or its best reading there
     * outweighs every reading elsewhere by far ("Beirut" is Lebanon's, not Bierutów's). A guessed spelling says nothing.
     */
    private static String onlyCountry(PlaceMention m) {
        if (m.candidates().isEmpty() || m.rule().startsWith("geo:transliteration-key")) return null;
        java.util.Map<String, Double> byCountry = new java.util.HashMap<>();
        for (Place p : m.candidates()) byCountry.merge(p.country(), prior(p), Math::max);
        String top = null;
        double first = Double.NEGATIVE_INFINITY, second = Double.NEGATIVE_INFINITY;
        for (var e : byCountry.entrySet()) {
            if (e.getValue() > first) { second = first; first = e.getValue(); top = e.getKey(); }
            else if (e.getValue() > second) second = e.getValue();
        }
        return first - second >= DOMINANT ? top : null;
    }

    /** How much more a reading's prior must weigh than any other country's to settle the name (100 times the people). */
    private static final double DOMINANT = 0.8;

    /** The weight of a reading in the provinces a cue's reports come from ("OSCE SMM": Donetsk, Luhansk). */
    private static final double CUED_PROVINCE = 3;

    /** The weight of a province noun its country uses ("Bolivar state": Venezuela's). */
    private static final double ADMIN1_NOUN = 1.5;

    /** What a district placed at its province's centre gives up against a reading the gazetteer knows in full. */
    private static final double HOLLOW = 2;

    /** A reading's weight before context: reviewed conflict place, capital or province seat, population. */
    private static double prior(Place p) {
        double s = p.isHollow() ? -HOLLOW : 0;
        if (!p.feature().contains(".")) s += 3; // curated: reviewed conflict geography, and no population to weigh
        if (p.feature().equals("P.PPLC") || p.feature().equals("P.PPLG")) s += 1; // capital, or seat of government (La Paz)
        else if (p.feature().equals("P.PPLA") || p.feature().equals("A.ADM1")) s += 0.5;
        // an admin division's population is the sum of its towns': as a prior it would drown every town of the name
        s += Math.log10((p.isAdmin1() || p.isAdmin2() ? p.population() / 10 : p.population()) + 1) * 0.4;
        return s;
    }

    /** A GeoNames reading matched through one of its other names: {@code said} (normalised) is not its own name. */
    static boolean byOtherName(Place p, String said) {
        return p.feature().contains(".") && !p.name().equalsIgnoreCase(said) && !Names.normalize(p.name()).equals(said);
    }

    /** How well {@code outer} contains {@code inner}: same admin2 6, same admin1 5, a town within 30 km 3, same country 1. */
    static double contains(Place outer, Place inner) {
        if (outer == inner || !outer.country().equals(inner.country())) return 0;
        if (outer.isAdmin2() && !outer.admin2().isEmpty() && outer.admin2().equalsIgnoreCase(inner.admin2())) return 6;
        if (outer.isAdmin2() && outer.name().equalsIgnoreCase(inner.admin2())) return 6;
        // a district holds its own towns only, not its province's others ("El Alto, La Paz" is not Catamarca's El Alto
        // because Catamarca also has a La Paz district)
        if (!outer.admin1().isEmpty() && (outer.isAdmin1() || !outer.isAdmin2() && outer.geoPrecision() >= 2)
                && outer.admin1().equalsIgnoreCase(inner.admin1())) return 5;
        if (outer.distanceKm(inner) <= 30) return 3;
        // a region or island without a province ("Pulau Mindanao", "Eastern Ghouta") holds what lies near it
        if (outer.admin1().isEmpty() && outer.geoPrecision() >= 2 && outer.distanceKm(inner) <= 250) return 3;
        return 1;
    }

    /** The mentions that locate mention k: the one that qualifies it, the one that qualifies that, … */
    private static List<PlaceMention> chain(List<PlaceMention> ms, int k) {
        List<PlaceMention> out = new ArrayList<>();
        int cur = k;
        for (int guard = 0; guard < 4; guard++) {
            int next = -1;
            for (int j = cur + 1; j < ms.size() && j <= cur + 3; j++) if (ms.get(j).qualifies() == cur) { next = j; break; }
            if (next < 0) break;
            out.add(ms.get(next));
            cur = next;
        }
        return out;
    }

    /** The mention that mention k qualifies, if any. */
    private static List<PlaceMention> locatedBy(List<PlaceMention> ms, int k) {
        int target = ms.get(k).qualifies();
        return target < 0 ? List.of() : List.of(ms.get(target));
    }
}
