package org.peristiwa.geo;

import org.peristiwa.report.Evidence;

/**
 * Where an event happened, as resolved: the place (or only the country) and the words that say so. {@code area}
 * marks a place that only approximates the event's ("near X", "X countryside", or a district standing in for a
 * village the gazetteer lacks): its geo_precision is then at least 2, as ACLED codes it.
 */
public record Location(Place place, Country country, double score, Evidence evidence, boolean area) {

    public Location(Place place, Country country, double score, Evidence evidence) {
        this(place, country, score, evidence, false);
    }

    public String name() {
        return place != null ? place.name() : country.name();
    }

    public int geoPrecision() {
        if (place == null) return 3;
        return area ? Math.max(2, place.geoPrecision()) : place.geoPrecision();
    }

    public double latitude() {
        return place != null ? place.latitude() : country.latitude();
    }

    public double longitude() {
        return place != null ? place.longitude() : country.longitude();
    }
}
