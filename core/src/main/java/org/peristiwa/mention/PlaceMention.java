package org.peristiwa.mention;

import java.util.List;
import org.peristiwa.geo.Country;
import org.peristiwa.geo.Place;
import org.peristiwa.report.Span;

/**
 * A place the text names: a country ({@code country} set, {@code candidates} empty) or a place with its
 * gazetteer candidates, best first once context has ranked them (more than one when the name is ambiguous).
 * {@code adjective} marks a country named by its adjective ("Syrian"). {@code score} is 1 for an exact name and
 * the string similarity for a transliteration match, times the disambiguation margin. {@code kind} is the noun
 * that says what the place is (admin1, admin2, settlement, area: "Idlib province", "rural Tal Tamer") or null;
 * {@code qualifies} is the index in {@code report.places()} of the mention this one locates ("X, Y" and
 * "X (Y, Z)": Y locates X), {@link #LOCATES_UNKNOWN} when it locates a name the gazetteer lacks ("Kamianka,
 * Donetsk" with no Kamianka), or -1.
 */
public record PlaceMention(Span span, int firstToken, int endToken, Country country, List<Place> candidates,
                           boolean adjective, double score, String rule, String kind, int qualifies) {

    public static final int LOCATES_UNKNOWN = -2;

    /** Whether this name only says where another name lies. */
    public boolean isQualifier() {
        return qualifies != -1;
    }

    public boolean isCountry() {
        return country != null && candidates.isEmpty();
    }

    /** The best candidate, or null for a country. */
    public Place best() {
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    public PlaceMention withRanking(List<Place> ranked, double score, String rule) {
        return new PlaceMention(span, firstToken, endToken, country, ranked, adjective, score, rule, kind, qualifies);
    }

    public PlaceMention qualifying(int target) {
        return new PlaceMention(span, firstToken, endToken, country, candidates, adjective, score, rule, kind, target);
    }
}
