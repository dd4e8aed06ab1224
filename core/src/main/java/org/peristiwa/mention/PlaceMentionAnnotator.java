package org.peristiwa.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.peristiwa.attribution.Outlets;
import org.peristiwa.geo.CommonWords;
import org.peristiwa.geo.Country;
import org.peristiwa.geo.Gazetteer;
import org.peristiwa.geo.Institutions;
import org.peristiwa.geo.Names;
import org.peristiwa.geo.Place;
import org.peristiwa.geo.PlaceDisambiguator;
import org.peristiwa.geo.PlaceWords;
import org.peristiwa.report.Component;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Span;
import org.peristiwa.report.Token;
import org.peristiwa.text.PhraseIndex;

/**
 * Finds countries (by name in any language, or by adjective: "Syrian") and gazetteer places in the title and
 * body, then links "X, Y" / "X (Y, Z)" chains and lets {@link PlaceDisambiguator} rank each name's candidates.
 * A name must start with a capital letter (or be in a caseless script, or carry a lower-case article: "al-Bab").
 * A name that is also a common word ("Police", "Medan", "Hama"), or that starts a sentence, or that only names a
 * small GeoNames place, must have support: a locative word before it ("in", "near", "di"), a place-kind noun
 * ("village", "district"), a province or country after it, or its country named in the report. When no exact
 * name matches, a capitalised word of five letters or more is tried against the transliteration keys ("Qolamun"
 * → Qalamoun), scored by its similarity to the candidate's name.
 */
public final class PlaceMentionAnnotator implements Component {

    /** Capitalised words that begin sentences or name months and days far more often than places. */
    private static final Set<String> NOT_PLACES = Set.of("the", "on", "in", "at", "as", "a", "an", "and", "but", "he",
            "she", "they", "it", "this", "that", "pada", "di", "ke", "dan", "yang", "menurut", "setelah");
    private static final Set<String> CONNECTORS = Set.of("de", "del", "da", "do", "dos", "das", "la", "le", "el", "al", "ad", "as",
            "ash", "ez", "az", "bin", "ibn", "imeni", "van", "von", "di");
    private static final int MAX_NAME_TOKENS = 6;
    private static final long SMALL_PLACE = 5000;
    private static final double MIN_SIMILARITY = 0.8;

    private final Gazetteer gazetteer;
    private final PlaceWords words;
    private final CommonWords common;
    private final PlaceDisambiguator disambiguator;

    public PlaceMentionAnnotator(Gazetteer gazetteer) {
        this(gazetteer, PlaceWords.standard(), CommonWords.standard());
    }

    public PlaceMentionAnnotator(Gazetteer gazetteer, PlaceWords words, CommonWords common) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.common = common;
        this.disambiguator = new PlaceDisambiguator(words);
    }

    @Override
    public String name() {
        return "places";
    }

    private record Found(int end, List<Place> places, double score, String rule) {}

    @Override
    public void process(Report report) {
        List<PlaceMention> out = new ArrayList<>();
        List<Token> toks = report.tokens();
        for (Sentence s : report.sentences()) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                Token t = toks.get(i);
                if (!startsName(t)) {
                    // "in el Mina", "east Jerusalem", "eastern Ghouta": a name whose first word is written in lower
                    // case, when the whole name is known
                    Found withArticle = lowerCaseArticle(toks, i, s.endToken()) ? longestPlace(toks, i, s.endToken()) : null;
                    if (withArticle != null && withArticle.end - i >= 2) {
                        out.add(named(toks, s, i, withArticle.end, withArticle));
                        i = withArticle.end;
                    } else {
                        i++;
                    }
                    continue;
                }
                if (NOT_PLACES.contains(t.lower())) {
                    // "An Nuqat al Khams", "As Suwayda": an Arabic article that looks like an English word begins a
                    // name only when the whole longer name is known
                    Found article = t.isCapitalised() ? longestPlace(toks, i, s.endToken()) : null;
                    // ... and does not modify a noun ("An Nasr police department" is the police's name)
                    boolean modifies = article != null && article.end < s.endToken() && toks.get(article.end).isWord()
                            && !toks.get(article.end).isCapitalised() && words.kindOf(toks.get(article.end).lower()) == null
                            && !FUNCTION_AFTER.contains(toks.get(article.end).lower());
                    if (article != null && !modifies && article.end - i >= 2 && toks.get(i + 1).isCapitalised() && i > s.firstToken()) {
                        out.add(named(toks, s, i, article.end, article));
                        i = article.end;
                    } else {
                        i++;
                    }
                    continue;
                }
                PhraseIndex.Match<Country> c = gazetteer.countryNames().longestAt(toks, i, s.endToken());
                PhraseIndex.Match<Country> a = gazetteer.countryAdjectives().longestAt(toks, i, s.endToken());
                Found p = longestPlace(toks, i, s.endToken());
                int pl = p == null ? 0 : p.end - i, cl = c == null ? 0 : c.length(), al = a == null ? 0 : a.length();
                if (pl > 0 && pl > cl && pl >= al) {
                    out.add(named(toks, s, i, p.end, p));
                    i = p.end;
                } else if (cl > 0 && cl >= al) {
                    // "the US dollar", "a Turkey backed faction": a country name used as a modifier does not place anything
                    boolean modifier = c.end() < s.endToken() && words.is("modifier", toks.get(c.end()).lower())
                            && (i == s.firstToken() || !words.is("locative", toks.get(i - 1).lower()));
                    // "Russia: Terrorists breached the truce": a headline's "Country:" names who speaks
                    modifier |= i == s.firstToken() && c.end() < s.endToken() && toks.get(c.end()).surface().equals(":");
                    out.add(new PlaceMention(span(toks, i, c.end()), i, c.end(), c.values().get(0), List.of(), false, 1.0,
                            modifier ? "geo:country-name-modifier" : "geo:country-name", null, -1));
                    i = c.end();
                } else if (al > 0) {
                    out.add(new PlaceMention(span(toks, i, a.end()), i, a.end(), a.values().get(0), List.of(), true, 1.0,
                            "geo:country-adjective", null, -1));
                    i = a.end();
                } else if (possessiveCountry(t) != null) {
                    // "Syrias Hasakeh": a possessive whose apostrophe the page lost
                    out.add(new PlaceMention(span(toks, i, i + 1), i, i + 1, possessiveCountry(t), List.of(), false, 1.0,
                            "geo:country-name-possessive", null, -1));
                    i++;
                } else {
                    Found f = null;
                    if (i > s.firstToken() && placeExpected(toks, s, i)) {
                        f = withoutArticle(t);
                        if (f == null) f = fuzzy(t);
                    }
                    if (f != null) out.add(named(toks, s, i, i + 1, f));
                    i++;
                }
            }
        }
        // names inside longer unknown names go first, so that they cannot break the "X, Y" links
        List<PlaceMention> whole = new ArrayList<>();
        for (PlaceMention m : out) {
            boolean place = !m.isCountry() && m.country() == null;
            if (place && (!curated(m) || m.endToken() - m.firstToken() == 1) && partOfLongerName(report, m)) continue;
            whole.add(m);
        }
        List<PlaceMention> linked = link(report, whole);
        report.setPlaces(disambiguator.rank(report, filter(report, linked)));
    }

    /** A place name the gazetteer knows, over tokens {@code from..to}. */
    private PlaceMention named(List<Token> toks, Sentence s, int from, int to, Found f) {
        return new PlaceMention(span(toks, from, to), from, to, null, f.places, false, f.score, f.rule, kind(toks, s, from, to), -1);
    }

    /** The longest run of tokens from {@code i} that names a place: curated or GeoNames, by normalised name. */
    private Found longestPlace(List<Token> toks, int i, int end) {
        int limit = Math.min(end, i + MAX_NAME_TOKENS);
        StringBuilder name = new StringBuilder();
        int[] ends = new int[MAX_NAME_TOKENS];
        String[] keys = new String[MAX_NAME_TOKENS];
        int n = 0;
        for (int k = i; k < limit; k++) {
            Token t = toks.get(k);
            if (!t.isWord() && !t.surface().equals("-")) break;
            if (k > i && !t.isCapitalised() && !connector(t.lower()) && !startsName(t)) break;
            if (t.isWord()) {
                if (name.length() > 0) name.append(' ');
                name.append(t.surface());
            }
            if (t.isWord() && (t.isCapitalised() || startsName(t) || k == i || t.lower().indexOf('-') > 0 && connector(t.lower()))) {
                ends[n] = k + 1;
                keys[n++] = Names.normalize(name);
            }
        }
        if (n == 0) return null;
        for (int j = n - 1; j >= 0; j--) {
            List<Place> places = gazetteer.placesWithNormalName(keys[j]);
            if (j == 0 && !places.isEmpty() && !plausibleOneWordName(toks.get(i))) places = curatedOnly(places);
            if (places.isEmpty()) continue;
            if (allHollow(places)) {
                // a district known only by name is placed at the town it is named after, in its province:
                // "Mumbai Suburban" at Mumbai, "Bathinda" (district) at Bhatinda (town)
                for (int k = j - 1; k >= 0; k--) {
                    List<Place> shorter = gazetteer.placesWithNormalName(keys[k]);
                    if (inProvinceOf(shorter, places)) return new Found(ends[j], shorter, 0.9, "geo:district-seat");
                }
                if (j == 0) {
                    Found like = fuzzy(toks.get(i));
                    if (like != null && inProvinceOf(like.places, places)) return new Found(i + 1, like.places, like.score, like.rule);
                }
            }
            return new Found(ends[j], places, 1.0, "geo:name");
        }
        // Arabic writes "and", "in", "to", "as" as one-letter prefixes: "وحلب", "بإدلب" are Aleppo and Idlib
        String word = toks.get(i).surface();
        if (word.length() >= 4 && "وبلفك".indexOf(word.charAt(0)) >= 0
                && Character.UnicodeScript.of(word.charAt(1)) == Character.UnicodeScript.ARABIC) {
            List<Place> places = gazetteer.placesWithNormalName(Names.normalize(word.substring(1)));
            if (!places.isEmpty()) return new Found(i + 1, places, 0.95, "geo:name-after-arabic-prefix");
        }
        // "Belgrade-Stari Grad", "Donetsk-Kirovskyi": the part before the hyphen names the town, when that is a
        // town of note and not a word ("Grand-Ravine" is a gang's name)
        String first = toks.get(i).surface();
        int hy = first.indexOf('-');
        if (hy >= 3 && hy + 1 < first.length() && Character.isUpperCase(first.charAt(hy + 1))
                && !common.contains(first.substring(0, hy).toLowerCase(java.util.Locale.ROOT))) {
            String town = Names.normalize(first.substring(0, hy));
            // by the town's own name: "Khan" is another language's name for Haan, not the start of Khan Shaykhun
            List<Place> places = gazetteer.wellKnownPlacesNamed(first.substring(0, hy)).stream()
                    .filter(p -> Names.normalize(p.name()).equals(town)).toList();
            if (!places.isEmpty()) return new Found(i + 1, places, 0.9, "geo:name-before-hyphen");
        }
        return null;
    }

    /** One-word GeoNames names of two letters ("Al") or in capitals ("SMM", "NAS": acronyms) are not taken. */
    private static boolean plausibleOneWordName(Token t) {
        String w = t.surface();
        if (w.codePointCount(0, w.length()) <= 2) return false;
        if (w.indexOf('&') > 0) return true; // "J&K": an abbreviated name, not an acronym
        return !(w.length() <= 5 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && !w.equals(w.toLowerCase(java.util.Locale.ROOT)));
    }

    private static List<Place> curatedOnly(List<Place> places) {
        List<Place> out = new ArrayList<>();
        for (Place p : places) if (!p.feature().contains(".")) out.add(p);
        return out;
    }

    /** Lower-case words allowed inside a name: "Santa Fe de la Vera Cruz", "Deir ez-Zor", "Bosnia and Herzegovina". */
    private static boolean connector(String w) {
        return w.length() <= 3 && !w.isEmpty() && Character.isLetter(w.charAt(0)) || w.startsWith("al-") || w.startsWith("el-")
                || w.startsWith("ez-") || w.startsWith("az-") || w.startsWith("ad-") || w.startsWith("as-") || w.startsWith("ash-");
    }

    /**
     * Whether the words before token i announce a place ("in", "near", "di", "village of", "desa"): a guessed
     * spelling is only worth trying there.
     */
    private boolean placeExpected(List<Token> toks, Sentence s, int i) {
        int k = i - 1;
        if (k >= s.firstToken() && toks.get(k).lower().equals("the")) k--;
        if (k < s.firstToken()) return false;
        String w = toks.get(k).lower();
        if (w.equals("of") && k - 1 >= s.firstToken()) w = toks.get(k - 1).lower();
        // "Sidi Bouafif (Hoceima)": a bracket after a name holds the place that locates it
        if (w.equals("(") && k - 1 >= s.firstToken() && toks.get(k - 1).isCapitalised()) return true;
        return words.is("locative", w) || words.kindOf(w) != null;
    }

    private static boolean allHollow(List<Place> places) {
        for (Place p : places) if (!p.isHollow()) return false;
        return true;
    }

    /** Whether a town among {@code towns} lies in the province of one of {@code districts}. */
    private static boolean inProvinceOf(List<Place> towns, List<Place> districts) {
        for (Place t : towns) {
            if (t.isHollow()) continue;
            for (Place d : districts) if (t.country().equals(d.country()) && t.admin1().equals(d.admin1())) return true;
        }
        return false;
    }

    /** "(Hoceima)": a name GeoNames writes with the Arabic article ("Al Hoceima") that the text leaves out. */
    private Found withoutArticle(Token t) {
        if (t.surface().length() < 5) return null;
        for (String article : new String[] {"al ", "el "}) {
            List<Place> places = gazetteer.wellKnownPlacesNamed(article + t.surface());
            if (!places.isEmpty()) return new Found(0, places, 0.9, "geo:name-without-article");
        }
        return null;
    }

    /** Transliteration-key candidates that are also close in spelling to the word. */
    private Found fuzzy(Token t) {
        String w = t.surface();
        // the same capitalised words come back in every report: the answer depends on the word alone
        Optional<Found> known = fuzzyAnswers.get(w);
        if (known != null) return known.orElse(null);
        Found found = spelledLike(w);
        if (fuzzyAnswers.size() < MAX_FUZZY_ANSWERS) fuzzyAnswers.put(w, Optional.ofNullable(found));
        return found;
    }

    private static final int MAX_FUZZY_ANSWERS = 100_000;
    private final ConcurrentHashMap<String, Optional<Found>> fuzzyAnswers = new ConcurrentHashMap<>();

    private Found spelledLike(String w) {
        if (Names.normalize(w).length() < 5) return null;
        List<Place> keep = new ArrayList<>();
        double best = 0;
        String folded = Names.fold(w);
        List<Place> like = gazetteer.placesSpelledLike(w);
        // the key is coarse: among many look-alikes, the most populous are the ones worth comparing
        if (like.size() > 40) like = like.subList(0, 40);
        for (Place p : like) {
            double sim = Names.foldedSimilarity(folded, p.name());
            if (sim >= MIN_SIMILARITY) {
                keep.add(p);
                best = Math.max(best, sim);
            }
        }
        return keep.isEmpty() ? null : new Found(0, List.copyOf(keep), Math.round(best * 0.9 * 100) / 100.0, "geo:transliteration-key");
    }

    /** The place-kind noun right after the name or right before it ("Nad Ali district", "the city of Dar'a", "desa X"). */
    private String kind(List<Token> toks, Sentence s, int start, int end) {
        if (end < s.endToken()) {
            String k = words.kindOf(toks.get(end).lower());
            if (k != null && !townNounOfNext(toks, s, end)) return k;
            if (words.is("landmark", toks.get(end).lower())) return "landmark";
            // "Bangu and Tanque neighborhoods", "Nihm and Sirwah districts": the noun after a list names each item
            int j = end;
            if (toks.get(j).lower().equals("and") || toks.get(j).lower().equals("dan") || toks.get(j).lower().equals(",")) {
                j++;
                while (j < s.endToken() && j < end + 5 && toks.get(j).isWord() && toks.get(j).isCapitalised()) j++;
                if (j > end + 1 && j < s.endToken()) {
                    String noun = toks.get(j).lower();
                    if (noun.endsWith("s") && words.kindOf(noun) != null) return words.kindOf(noun);
                    if (noun.endsWith("s") && words.is("landmark", noun)) return "landmark";
                }
            }
        }
        if (start - 1 >= s.firstToken()) {
            String k = words.kindOf(toks.get(start - 1).lower());
            if (k != null) return k;
            if (start - 2 >= s.firstToken() && toks.get(start - 1).lower().equals("of")) return words.kindOf(toks.get(start - 2).lower());
        }
        return null;
    }

    /** "X, Y", "X (Y, Z)", "X district, Y": Y locates X. Only commas, brackets and place-kind nouns may stand between. */
    private List<PlaceMention> link(Report report, List<PlaceMention> ms) {
        List<PlaceMention> out = new ArrayList<>(ms);
        List<Token> toks = report.tokens();
        for (int k = 0; k < out.size(); k++) {
            PlaceMention m = out.get(k);
            if (!m.adjective() && locatesUnknownName(report, m, k == 0 ? -1 : out.get(k - 1).endToken())) {
                out.set(k, m.qualifying(PlaceMention.LOCATES_UNKNOWN));
            }
        }
        for (int k = 1; k < out.size(); k++) {
            PlaceMention prev = out.get(k - 1), cur = out.get(k);
            if (cur.adjective() || prev.adjective() || prev.isCountry()) continue;
            int from = prev.endToken(), to = cur.firstToken();
            if (to <= from || to - from > 7) continue;
            boolean comma = false, paren = false, in = false, kindNoun = false, unknownWords = false, other = false;
            for (int j = from; j < to; j++) {
                Token t = toks.get(j);
                String w = t.lower();
                if (w.equals(",")) comma = true;
                else if (w.equals("(")) paren = paren || j == from || kindNoun && !comma;
                else if (w.equals("in") || w.equals("di")) in = true;
                else if (words.kindOf(w) != null) kindNoun = true;
                else if (w.equals("the") || w.equals("of")) { /* "district of", "in the countryside of" */ }
                else if (t.isWord() && t.isCapitalised() && paren && !comma) unknownWords = true; // "X (Unknown Bay, Y)"
                else other = true;
            }
            if (other) continue;
            boolean admin = cur.isCountry() || cur.candidates().stream().anyMatch(p -> p.isAdmin1() || p.isAdmin2());
            boolean linked = (comma || paren) && !in && to - from <= 4 && !unknownWords   // "X, Y", "X (Y, Z)", "X district, Y"
                    || paren && comma && unknownWords                                       // "X (Unknown Bay, Y)"
                    || in && !comma && !paren && (admin || kindNoun)                        // "Ftireh in Idleb", "in the countryside of Y"
                    || kindNoun && !comma && !paren && !in && admin && toks.get(to - 1).lower().equals("of") // "Akre district of Ninewa"
                            && !"settlement".equals(words.kindOf(toks.get(to - 2).lower()));                  // not "Southern City of Daraa"
            // "…, Michoacan, Normal school students": a name that goes on into a noun phrase locates nothing
            if (linked && comma && !paren && followedByNoun(report, cur)
                    && words.kindOf(toks.get(cur.endToken()).lower()) == null) linked = false;
            if (linked) out.set(k, cur.qualifying(k - 1));
        }
        return out;
    }

    /**
     * "near Kamianka, Donetsk", "in Hauban (Salh, Taizz)", "Ioja Martins village (Quissanga, Cabo Delgado)": a
     * place after a comma or bracket that follows a capitalised name the gazetteer does not know locates that name.
     */
    private boolean locatesUnknownName(Report report, PlaceMention m, int previousMentionEnd) {
        List<Token> toks = report.tokens();
        Sentence s = report.sentenceAt(m.span().start());
        int j = m.firstToken() - 1;
        if (j <= s.firstToken() || !(toks.get(j).lower().equals(",") || toks.get(j).lower().equals("("))) return false;
        j--;
        while (j > s.firstToken() && words.kindOf(toks.get(j).lower()) != null) j--;
        Token name = toks.get(j);
        // a name is letters: "TEMPO.CO, Jakarta -" is an outlet and its dateline
        boolean letters = name.surface().chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'');
        return j >= previousMentionEnd && name.isWord() && name.isCapitalised() && letters && !sentenceStartAt(report, j)
                && words.kindOf(name.lower()) == null;
    }

    /** Drops names that need support and have none (common words, sentence starts, small places). */
    private List<PlaceMention> filter(Report report, List<PlaceMention> ms) {
        List<Token> toks = report.tokens();
        java.util.Set<String> countries = new java.util.HashSet<>();
        for (PlaceMention m : ms) if (m.isCountry() && !m.adjective()) countries.add(m.country().name());
        if (report.metadata().dateline != null && report.metadata().dateline.country() != null) countries.add(report.metadata().dateline.country());
        boolean[] qualified = new boolean[ms.size()];
        for (PlaceMention m : ms) if (m.qualifies() >= 0) qualified[m.qualifies()] = true;
        List<PlaceMention> out = new ArrayList<>();
        int[] newIndex = new int[ms.size()];
        for (int k = 0; k < ms.size(); k++) {
            PlaceMention m = ms.get(k);
            newIndex[k] = -1;
            boolean place = !m.isCountry() && m.country() == null;
            // month and day names belong to dates ("bulan Juli 2014"), not to places
            if (place && report.dates().stream().anyMatch(d -> d.span().overlaps(m.span()))) continue;
            if (place && needsSupport(report, m) && !supported(report, m, qualified[k], countries)) continue;
            if (place && (governmentSpeaking(report, ms, k) || innerDateline(report, m) || outletName(report, m))) continue;
            // "sebagaimana diberitakan Xinhua": a news agency's name is no place, whatever town shares it; nor is a
            // building named for the institution it houses ("the White House said")
            String name = m.span().of(report.text());
            if (place && (Outlets.standard().named(name) != null || Institutions.standard().named(name) != null)) continue;
            // short names known only as another language's name for somewhere else ("Zap", "Mina") are dropped
            if (place && !curated(m) && m.endToken() - m.firstToken() == 1 && m.span().length() < 5 && onlyByAlias(report, m)) continue;
            newIndex[k] = out.size();
            out.add(m);
        }
        // re-point the links at the kept mentions
        for (int k = 0; k < out.size(); k++) {
            PlaceMention m = out.get(k);
            if (m.qualifies() >= 0) out.set(k, m.qualifying(newIndex[m.qualifies()]));
        }
        return out;
    }

    private boolean needsSupport(Report report, PlaceMention m) {
        if (m.endToken() - m.firstToken() > 1) return false;
        boolean curated = false;
        long maxPop = 0;
        for (Place p : m.candidates()) {
            if (!p.feature().contains(".")) curated = true; // curated features are words ("city"), GeoNames' are codes
            maxPop = Math.max(maxPop, p.population());
        }
        if (curated && !common.contains(report.tokens().get(m.firstToken()).lower())) return false;
        return sentenceInitial(report, m) || common.contains(report.tokens().get(m.firstToken()).lower()) || maxPop < SMALL_PLACE
                || m.rule().equals("geo:transliteration-key") && !curated || onlyByAlias(report, m);
    }

    /**
     * "Moscow warns against new strikes", "Washington and Paris say …": a capital followed by a verb of speech or
     * stance is its government speaking, not the place of anything.
     */
    private boolean governmentSpeaking(Report report, List<PlaceMention> ms, int k) {
        PlaceMention m = ms.get(k);
        if (m.candidates().stream().noneMatch(p -> p.feature().equals("P.PPLC") || p.feature().equals("P.PPLG"))) return false;
        List<Token> toks = report.tokens();
        Sentence s = report.sentenceAt(m.span().start());
        // "killed in Damascus said SANA": after a locative word the capital is where it happened
        int b = m.firstToken() - 1;
        if (b >= s.firstToken() && (words.is("locative", toks.get(b).lower()) || words.kindOf(toks.get(b).lower()) != null)) return false;
        if (b - 1 >= s.firstToken() && toks.get(b).lower().equals("the") && words.is("locative", toks.get(b - 1).lower())) return false;
        int j = m.endToken();
        // "Washington and Paris say": skip the other capitals of a list
        while (j + 1 < s.endToken() && (toks.get(j).lower().equals("and") || toks.get(j).lower().equals("dan") || toks.get(j).lower().equals(","))) {
            int next = j + 1;
            PlaceMention other = null;
            for (PlaceMention o : ms) if (o.firstToken() == next) other = o;
            if (other == null) break;
            j = other.endToken();
        }
        return j < s.endToken() && words.is("speaker", toks.get(j).lower());
    }

    /**
     * "… in Hama Province WASHINGTON (Sputnik) The US-led coalition …": a name in capitals before an agency in
     * brackets, inside the text, is where a story was filed (pages that run several stories), not where it happened.
     */
    private static boolean innerDateline(Report report, PlaceMention m) {
        List<Token> toks = report.tokens();
        if (m.firstToken() == 0 || m.endToken() + 2 >= toks.size()) return false;
        Sentence s = report.sentenceAt(m.span().start());
        if (s == null || s.index() == 0) return false;
        String name = m.span().of(report.text());
        if (name.length() < 4 || !name.equals(name.toUpperCase(java.util.Locale.ROOT)) || name.equals(name.toLowerCase(java.util.Locale.ROOT))) return false;
        Token open = toks.get(m.endToken()), agency = toks.get(m.endToken() + 1);
        return open.surface().equals("(") && agency.isWord() && agency.isCapitalised();
    }

    /** "Al Manar TV", "the Jakarta Post", "Kabul Times": a place followed by an outlet's noun names the outlet. */
    private boolean outletName(Report report, PlaceMention m) {
        List<Token> toks = report.tokens();
        Sentence s = report.sentenceAt(m.span().start());
        if (s == null || m.endToken() >= s.endToken()) return false;
        Token next = toks.get(m.endToken());
        return next.isCapitalised() && words.is("outlet", next.lower());
    }

    /** "in Southern City of Daraa": a town noun after the name, then "of" and a name, belongs to that name. */
    private boolean townNounOfNext(List<Token> toks, Sentence s, int end) {
        return end + 2 < s.endToken() && "settlement".equals(words.kindOf(toks.get(end).lower()))
                && toks.get(end + 1).lower().equals("of") && toks.get(end + 2).isCapitalised();
    }

    private boolean followedByNoun(Report report, PlaceMention m) {
        int e = m.endToken();
        Sentence s = report.sentenceAt(m.span().start());
        if (e >= s.endToken()) return false;
        Token n = report.tokens().get(e);
        // a participle starts a new phrase ("rallied in Patras demanding pay"), a noun continues the name's
        boolean participle = n.lower().length() > 5 && n.lower().endsWith("ing");
        return n.isWord() && !n.isCapitalised() && !words.is("locative", n.lower()) && !words.is("reference", n.lower())
                && !FUNCTION_AFTER.contains(n.lower()) && !participle;
    }

    private static final Set<String> FUNCTION_AFTER = Set.of("and", "or", "after", "before", "during", "with", "by", "for", "since",
            "while", "where", "when", "dan", "yang", "pada", "sejak", "untuk", "oleh", "was", "were", "is", "has", "had");

    /** A one-word name matched only through other-language names of GeoNames places ("Kahira": Cairo in Turkish). */
    private static boolean onlyByAlias(Report report, PlaceMention m) {
        String text = m.span().of(report.text());
        // "Athens-Central": the name is the part before the hyphen
        if (m.rule().startsWith("geo:name-before-hyphen") && text.indexOf('-') > 0) text = text.substring(0, text.indexOf('-'));
        String said = Names.normalize(text);
        for (Place p : m.candidates()) if (Names.normalize(p.name()).equals(said)) return false;
        return true;
    }

    private static boolean curated(PlaceMention m) {
        for (Place p : m.candidates()) if (!p.feature().contains(".")) return true; // curated features are words, GeoNames' codes
        return false;
    }

    /**
     * A name inside a longer proper name: "Minas" in "Minas Viejas", "Muna" in "Bayan Muna", "Shakhta" in
     * "Shakhta imeni Gagarina". The longer name is not in the gazetteer, so the shorter one is probably not meant.
     */
    private boolean partOfLongerName(Report report, PlaceMention m) {
        List<Token> toks = report.tokens();
        Sentence s = report.sentenceAt(m.span().start());
        int e = m.endToken();
        // "Athens-Central Athens", "Beirut-Mazraa …": what follows a city-district name does not lengthen the city's
        if (e < s.endToken() && !m.rule().startsWith("geo:name-before-hyphen")) {
            Token n = toks.get(e);
            // "Idlib MSF hospital": an acronym after a place names an organisation there, it does not lengthen the place
            boolean acronym = n.surface().length() >= 2 && n.surface().length() <= 5 && n.surface().equals(n.surface().toUpperCase(java.util.Locale.ROOT));
            if (n.isWord() && n.isCapitalised() && words.kindOf(n.lower()) == null && !acronym) return true;
            if (n.lower().startsWith("al-") || n.lower().startsWith("el-")) return true; // "Wadi al-Rabi"
            // "Rio de Janeiro": a short lower-case connector between capitalised words
            if (n.isWord() && !n.isCapitalised() && CONNECTORS.contains(n.lower()) && e + 1 < s.endToken()
                    && toks.get(e + 1).isCapitalised() && toks.get(e + 1).isWord()) return true;
        }
        int b = m.firstToken() - 1;
        if (b >= s.firstToken()) {
            Token p = toks.get(b);
            // "Syrias Idlib", "Syria Idlib": a country before a name places it, it is not part of it
            boolean country = gazetteer.countryNames().longestAt(toks, b, b + 1) != null || possessiveCountry(p) != null;
            if (p.isWord() && p.isCapitalised() && words.kindOf(p.lower()) == null && !sentenceStartAt(report, b) && !country) return true;
        }
        return false;
    }

    private static boolean sentenceStartAt(Report report, int token) {
        Sentence s = report.sentenceAt(report.tokens().get(token).start());
        for (int j = s.firstToken(); j < token; j++) if (report.tokens().get(j).isWord()) return false;
        return true;
    }

    /** The country a capitalised word names once a possessive 's' is taken off ("Syrias" → Syria), or null. */
    private Country possessiveCountry(Token t) {
        String w = t.surface();
        if (w.length() < 5 || !w.endsWith("s") || !Character.isUpperCase(w.charAt(0))) return null;
        String stem = w.substring(0, w.length() - 1);
        Token bare = new Token(t.index(), t.start(), t.end() - 1, stem.toLowerCase(java.util.Locale.ROOT), stem);
        PhraseIndex.Match<Country> c = gazetteer.countryNames().longestAt(List.of(bare), 0, 1);
        return c == null ? null : c.values().get(0);
    }

    private boolean supported(Report report, PlaceMention m, boolean qualified, java.util.Set<String> countries) {
        boolean initial = sentenceInitial(report, m);
        boolean commonWord = common.contains(report.tokens().get(m.firstToken()).lower());
        if (initial && commonWord && !m.isQualifier() && !qualified) return false;
        // "Explosion Kills Four in Hometown of Assad Family": in a title-cased headline capitals say nothing, so a
        // common word is a place only where it locates another name
        if (commonWord && titleCased(report, m)) return m.isQualifier();
        // "the City Hall": a capitalised kind noun before a common word makes one name with it, not a place kind
        int k = m.firstToken() - 1;
        boolean compound = commonWord && k >= 0 && report.tokens().get(k).isCapitalised()
                && words.kindOf(report.tokens().get(k).lower()) != null;
        if (m.isQualifier() || qualified || m.kind() != null && !m.kind().equals("landmark") && !compound) return true;
        Sentence sentence = report.sentenceAt(m.span().start());
        if (commonWord && townNounOfNext(report.tokens(), sentence, m.endToken())) return false;
        if (k >= 0 && words.is("locative", report.tokens().get(k).lower()) && !initial) {
            // the name must also end its phrase: "at Police forces", "in the Arab cities" are not places
            if (!followedByNoun(report, m)) return true;
        }
        if (commonWord) return false;
        for (Place p : m.candidates()) if (countries.contains(p.country())) return true;
        return false;
    }

    /** Whether the sentence of {@code m} capitalises nearly every word of four letters or more, as headlines do. */
    private static boolean titleCased(Report report, PlaceMention m) {
        Sentence s = report.sentenceAt(m.span().start());
        if (s == null) return false;
        int words = 0, capitalised = 0;
        for (int j = s.firstToken(); j < s.endToken(); j++) {
            Token t = report.tokens().get(j);
            if (!t.isWord() || t.surface().length() < 4) continue;
            words++;
            if (t.isCapitalised()) capitalised++;
        }
        return words >= 4 && capitalised >= 0.8 * words;
    }

    private static boolean sentenceInitial(Report report, PlaceMention m) {
        Sentence s = report.sentenceAt(m.span().start());
        if (s == null) return false;
        for (int j = s.firstToken(); j < m.firstToken(); j++) if (report.tokens().get(j).isWord()) return false;
        return true;
    }

    /** An Arabic article or a compass word in lower case before a capitalised word: "el Mina", "east Jerusalem". */
    private static boolean lowerCaseArticle(List<Token> toks, int i, int end) {
        return LOWER_CASE_PREFIXES.contains(toks.get(i).surface()) && i + 1 < end && toks.get(i + 1).isCapitalised();
    }

    private static final Set<String> LOWER_CASE_PREFIXES = Set.of("el", "al", "east", "west", "north", "south",
            "eastern", "western", "northern", "southern");

    private static boolean startsName(Token t) {
        if (t.surface().isEmpty()) return false;
        int cp = t.surface().codePointAt(0);
        if (Character.isUpperCase(cp)) return true;
        // caseless scripts (Arabic) and names written with a lower-case article ("al-Mahjoura")
        return Character.isLetter(cp) && !Character.isLowerCase(cp) && !Character.isUpperCase(cp)
                || t.lower().startsWith("al-") || t.lower().startsWith("el-");
    }

    private static Span span(List<Token> toks, int from, int to) {
        return new Span(toks.get(from).start(), toks.get(to - 1).end());
    }
}
