package org.peristiwa.mention;

import java.util.List;
import org.peristiwa.geo.Country;
import org.peristiwa.geo.Place;
import org.peristiwa.report.Span;

/**
 * A place the text names: a country ({@code country} set, {@code candidates} empty) or a place with its
 * gazetteer candidates (more than one when the name is ambiguous; the event's context picks one).
 * {@code adjective} marks a country named by its adjective ("Syrian"). {@code score} is 1 for an exact
 * name and lower for a transliteration match.
 */
public record PlaceMention(Span span, int firstToken, int endToken, Country country, List<Place> candidates,
                           boolean adjective, double score, String rule) {

    public boolean isCountry() {
        return country != null && candidates.isEmpty();
    }
}
