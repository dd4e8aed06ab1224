package org.peristiwa.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.kb.Tsv;
import org.peristiwa.text.PhraseIndex;

/**
 * Countries and places, looked up by any of their names in any language. Built from {@code kb/countries.tsv}
 * and {@code kb/places.tsv}; a transliteration key ({@link Names#skeleton}) catches spellings the files do
 * not list.
 */
public final class Gazetteer {

    private final Map<String, Country> countriesByName = new LinkedHashMap<>();
    private final Map<String, Country> countryByNormalName = new HashMap<>();
    private final PhraseIndex<Country> countryNames = new PhraseIndex<>();
    private final PhraseIndex<Country> countryAdjectives = new PhraseIndex<>();
    private final PhraseIndex<Place> placeNames = new PhraseIndex<>();
    private final Map<String, List<Place>> byNormalName = new HashMap<>();
    private final Map<String, List<Place>> bySkeleton = new HashMap<>();
    private final List<Place> places = new ArrayList<>();

    private static volatile Gazetteer standard;

    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = standard;
                if (g == null) {
                    g = new Gazetteer(Tsv.resource("kb/countries.tsv", "name", "iso2", "iso3", "latitude", "longitude", "names", "adjectives"),
                            Tsv.resource("kb/places.tsv", "name", "country", "admin1", "admin2", "latitude", "longitude",
                                    "geo_precision", "feature", "geonames_id", "aliases"));
                    standard = g;
                }
            }
        }
        return g;
    }

    public Gazetteer(List<Tsv.Row> countryRows, List<Tsv.Row> placeRows) {
        for (Tsv.Row row : countryRows) {
            Country c = new Country(row.require("name"), row.require("iso2"), row.require("iso3"),
                    row.requireDouble("latitude", -90, 90), row.requireDouble("longitude", -180, 180));
            if (countriesByName.put(c.name(), c) != null) throw row.error("duplicate country '" + c.name() + "'");
            List<String> names = new ArrayList<>(row.list("names"));
            names.add(0, c.name());
            for (String n : names) {
                countryNames.add(n, c);
                countryByNormalName.putIfAbsent(Names.normalize(n), c);
            }
            for (String a : row.list("adjectives")) countryAdjectives.add(a, c);
        }
        for (Tsv.Row row : placeRows) {
            String country = row.require("country");
            if (!countriesByName.containsKey(country)) throw row.error("unknown country '" + country + "'");
            String id = row.get("geonames_id");
            long gid;
            try {
                gid = id.isEmpty() ? 0 : Long.parseLong(id);
            } catch (NumberFormatException e) {
                throw row.error("geonames_id must be a number, not '" + id + "'");
            }
            Place p = new Place(row.require("name"), country, row.get("admin1"), row.get("admin2"),
                    row.requireDouble("latitude", -90, 90), row.requireDouble("longitude", -180, 180),
                    row.requireInt("geo_precision", 1, 3), row.require("feature"), gid, 0);
            places.add(p);
            List<String> names = new ArrayList<>(row.list("aliases"));
            names.add(0, p.name());
            for (String n : names) {
                placeNames.add(n, p);
                byNormalName.computeIfAbsent(Names.normalize(n), k -> new ArrayList<>()).add(p);
                String key = Names.skeleton(n);
                if (Names.normalize(n).length() >= 5 && key.length() >= 3) {
                    List<Place> l = bySkeleton.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!l.contains(p)) l.add(p);
                }
            }
        }
    }

    public Country country(String name) {
        Country c = countriesByName.get(name);
        return c != null ? c : countryByNormalName.get(Names.normalize(name));
    }

    public PhraseIndex<Country> countryNames() {
        return countryNames;
    }

    public PhraseIndex<Country> countryAdjectives() {
        return countryAdjectives;
    }

    public PhraseIndex<Place> placeNames() {
        return placeNames;
    }

    public List<Place> placesNamed(String name) {
        return byNormalName.getOrDefault(Names.normalize(name), List.of());
    }

    /** Places whose transliteration key equals that of {@code name}: the fuzzy fall-back. */
    public List<Place> placesSpelledLike(String name) {
        if (Names.normalize(name).length() < 5) return List.of();
        return bySkeleton.getOrDefault(Names.skeleton(name), List.of());
    }

    public List<Place> places() {
        return places;
    }

    public Iterable<Country> countries() {
        return countriesByName.values();
    }
}
