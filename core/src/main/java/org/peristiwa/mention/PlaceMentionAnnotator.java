package org.peristiwa.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peristiwa.geo.Country;
import org.peristiwa.geo.Gazetteer;
import org.peristiwa.geo.Place;
import org.peristiwa.pipeline.Component;
import org.peristiwa.report.Report;
import org.peristiwa.report.Sentence;
import org.peristiwa.report.Span;
import org.peristiwa.report.Token;
import org.peristiwa.text.PhraseIndex;

/**
 * Finds countries (by name in any language, or by adjective: "Syrian") and gazetteer places in the title and
 * body. A name must start with a capital letter (or be in a caseless script). When no exact name matches, a
 * capitalised word of five letters or more is tried against the transliteration keys ("Qolamun" → Qalamoun).
 */
public final class PlaceMentionAnnotator implements Component {

    /** Capitalised words that begin sentences or name months and days far more often than places. */
    private static final Set<String> NOT_PLACES = Set.of("the", "on", "in", "at", "as", "a", "an", "and", "but", "he",
            "she", "they", "it", "this", "that", "pada", "di", "ke", "dan", "yang", "menurut", "setelah");

    private final Gazetteer gazetteer;

    public PlaceMentionAnnotator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public void process(Report report) {
        List<PlaceMention> out = new ArrayList<>();
        List<Token> toks = report.tokens();
        for (Sentence s : report.sentences()) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                Token t = toks.get(i);
                if (!startsName(t) || NOT_PLACES.contains(t.lower())) {
                    i++;
                    continue;
                }
                PhraseIndex.Match<Place> p = gazetteer.placeNames().longestAt(toks, i, s.endToken());
                PhraseIndex.Match<Country> c = gazetteer.countryNames().longestAt(toks, i, s.endToken());
                PhraseIndex.Match<Country> a = gazetteer.countryAdjectives().longestAt(toks, i, s.endToken());
                int pl = p == null ? 0 : p.length(), cl = c == null ? 0 : c.length(), al = a == null ? 0 : a.length();
                if (pl > 0 && pl >= cl && pl >= al) {
                    out.add(new PlaceMention(span(toks, i, p.end()), i, p.end(), null, List.copyOf(p.values()), false, 1.0, "geo:name"));
                    i = p.end();
                } else if (cl > 0 && cl >= al) {
                    out.add(new PlaceMention(span(toks, i, c.end()), i, c.end(), c.values().get(0), List.of(), false, 1.0, "geo:country-name"));
                    i = c.end();
                } else if (al > 0) {
                    out.add(new PlaceMention(span(toks, i, a.end()), i, a.end(), a.values().get(0), List.of(), true, 1.0, "geo:country-adjective"));
                    i = a.end();
                } else {
                    List<Place> fuzzy = t.surface().length() >= 5 ? gazetteer.placesSpelledLike(t.surface()) : List.of();
                    if (!fuzzy.isEmpty() && i > s.firstToken()) {
                        out.add(new PlaceMention(t.span(), i, i + 1, null, List.copyOf(fuzzy), false, 0.8, "geo:transliteration-key"));
                    }
                    i++;
                }
            }
        }
        report.setPlaces(out);
    }

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
