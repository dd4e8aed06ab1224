package org.peristiwa.geo;

import org.peristiwa.report.Evidence;

/** Where an event happened, as resolved: the place (or only the country) and the words that say so. */
public record Location(Place place, Country country, double score, Evidence evidence) {

    public String name() {
        return place != null ? place.name() : country.name();
    }

    public int geoPrecision() {
        return place != null ? place.geoPrecision() : 3;
    }

    public double latitude() {
        return place != null ? place.latitude() : country.latitude();
    }

    public double longitude() {
        return place != null ? place.longitude() : country.longitude();
    }
}
