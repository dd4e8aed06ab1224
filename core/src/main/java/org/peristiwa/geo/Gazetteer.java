package org.peristiwa.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.peristiwa.geo.index.GeoIndex;
import org.peristiwa.geo.index.GeoIndexException;
import org.peristiwa.geo.index.NameKey;
import org.peristiwa.kb.KnowledgeFileException;
import org.peristiwa.kb.Tsv;
import org.peristiwa.text.PhraseIndex;

/**
 * Countries and places, looked up by any of their names. Three sources: {@code kb/countries.tsv}; the curated
 * {@code kb/places.tsv} (regions, governorates, camps and other areas conflict reporting names, with ACLED's admin1
 * spellings); and a GeoNames index ({@link GeoIndex}): the default built from cities1000 ships as
 * {@code geo/geonames.idx.gz}, and a full import replaces it when {@code PERISTIWA_GAZETTEER} (or the system
 * property {@code peristiwa.gazetteer}) names its file. A curated entry wins over the GeoNames entry with the
 * same geonames_id. A transliteration key ({@link Names#skeleton}) catches spellings no source lists.
 */
public final class Gazetteer {

    public static final String INDEX_ENV = "PERISTIWA_GAZETTEER";
    public static final String INDEX_PROPERTY = "peristiwa.gazetteer";
    public static final String DEFAULT_INDEX = "/peristiwa/geo/geonames.idx.gz";

    private final Map<String, Country> countriesByName = new LinkedHashMap<>();
    private final Map<String, Country> countryByNormalName = new HashMap<>();
    private final Map<String, Country> countryByIso2 = new HashMap<>();
    private final PhraseIndex<Country> countryNames = new PhraseIndex<>();
    private final PhraseIndex<Country> countryAdjectives = new PhraseIndex<>();
    private final PhraseIndex<Place> placeNames = new PhraseIndex<>();
    private final Map<String, List<Place>> byNormalName = new HashMap<>();
    private final Map<String, List<Place>> bySkeleton = new HashMap<>();
    private final Map<Long, Place> curatedById = new HashMap<>();
    private final List<Place> places = new ArrayList<>();
    private final GeoIndex index;
    private final Map<Integer, Place> fromIndex = new ConcurrentHashMap<>();

    /** Same-named places beyond the most populous 25 are rarely meant and only cost time ("San Juan" has hundreds). */
    static final int MAX_CANDIDATES = 25;

    private static volatile Gazetteer standard;

    public static Gazetteer standard() {
        Gazetteer g = standard;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = standard;
                if (g == null) {
                    g = new Gazetteer(countryRows(), placeRows(), loadIndex(configuredIndex()));
                    standard = g;
                }
            }
        }
        return g;
    }

    public static List<Tsv.Row> countryRows() {
        return Tsv.resource("kb/countries.tsv", "name", "iso2", "iso3", "latitude", "longitude", "names", "adjectives");
    }

    public static List<Tsv.Row> placeRows() {
        return Tsv.resource("kb/places.tsv", "name", "country", "admin1", "admin2", "latitude", "longitude",
                "geo_precision", "feature", "geonames_id", "aliases");
    }

    /** The index file a user configured (env var or system property), or null for the bundled default. */
    public static Path configuredIndex() {
        String p = System.getProperty(INDEX_PROPERTY);
        if (p == null || p.isBlank()) p = System.getenv(INDEX_ENV);
        return p == null || p.isBlank() ? null : Path.of(p);
    }

    /** Loads an index file (memory-mapped when uncompressed), or the bundled default when {@code file} is null. */
    public static GeoIndex loadIndex(Path file) {
        try {
            if (file != null) {
                if (!Files.isRegularFile(file)) throw new GeoIndexException(file + ": gazetteer index not found (set by "
                        + INDEX_ENV + " or -D" + INDEX_PROPERTY + ")");
                if (file.toString().endsWith(".gz")) {
                    try (InputStream in = Files.newInputStream(file)) {
                        return GeoIndex.read(in, file.toString());
                    }
                }
                return GeoIndex.map(file);
            }
            try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_INDEX)) {
                if (in == null) throw new KnowledgeFileException(DEFAULT_INDEX, 0, "missing from the classpath: run scripts/build-gazetteer");
                return GeoIndex.read(in, DEFAULT_INDEX);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Countries and curated places only (tests, tools). */
    public Gazetteer(List<Tsv.Row> countryRows, List<Tsv.Row> placeRows) {
        this(countryRows, placeRows, null);
    }

    public Gazetteer(List<Tsv.Row> countryRows, List<Tsv.Row> placeRows, GeoIndex index) {
        this.index = index;
        for (Tsv.Row row : countryRows) {
            Country c = new Country(row.require("name"), row.require("iso2"), row.require("iso3"),
                    row.requireDouble("latitude", -90, 90), row.requireDouble("longitude", -180, 180));
            if (countriesByName.put(c.name(), c) != null) throw row.error("duplicate country '" + c.name() + "'");
            countryByIso2.put(c.iso2(), c);
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
            int precision = row.requireInt("geo_precision", 1, 3);
            String feature = row.require("feature");
            String admin1 = row.get("admin1");
            Place p = new Place(row.require("name"), country, admin1, row.get("admin2"),
                    row.requireDouble("latitude", -90, 90), row.requireDouble("longitude", -180, 180),
                    precision, feature, gid, 0);
            places.add(p);
            if (gid > 0) curatedById.put(gid, p);
            List<String> names = new ArrayList<>(row.list("aliases"));
            names.add(0, p.name());
            for (String n : names) {
                placeNames.add(n, p);
                addUnique(byNormalName, Names.normalize(n), p);
                String key = Names.skeleton(n);
                if (Names.normalize(n).length() >= 5 && key.length() >= 3) addUnique(bySkeleton, key, p);
            }
        }
    }

    private static void addUnique(Map<String, List<Place>> map, String key, Place p) {
        List<Place> l = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!l.contains(p)) l.add(p);
    }

    public Country country(String name) {
        Country c = countriesByName.get(name);
        return c != null ? c : countryByNormalName.get(Names.normalize(name));
    }

    public Country countryByIso2(String iso2) {
        return countryByIso2.get(iso2);
    }

    public PhraseIndex<Country> countryNames() {
        return countryNames;
    }

    public PhraseIndex<Country> countryAdjectives() {
        return countryAdjectives;
    }

    /** Curated places only, as a phrase index. */
    public PhraseIndex<Place> placeNames() {
        return placeNames;
    }

    public boolean hasIndex() {
        return index != null;
    }

    public GeoIndex index() {
        return index;
    }

    /** Every place with this name (any source), each once: curated first, then GeoNames by population. */
    public List<Place> placesNamed(String name) {
        return placesWithNormalName(Names.normalize(name));
    }

    /**
     * Places with this name that a bare mention can be taken to mean without context: curated places, admin
     * divisions, and GeoNames towns of {@value #KNOWN_TOWN} people or more. For look-ups that have no context to
     * disambiguate with, such as telling a dateline ("Merauke, Jubi -") from an ordinary line.
     */
    public List<Place> wellKnownPlacesNamed(String name) {
        List<Place> out = new ArrayList<>();
        for (Place p : placesNamed(name)) {
            if (!p.feature().contains(".") || p.isAdmin1() || p.isAdmin2() || p.population() >= KNOWN_TOWN) out.add(p);
        }
        return out;
    }

    static final long KNOWN_TOWN = 20000;

    /** As {@link #placesNamed} for a name already in {@link Names#normalize} form. */
    public List<Place> placesWithNormalName(String normal) {
        // the same capitalised words come back in every report (provinces, "Kabupaten", names): remember the answers
        List<Place> cached = lookups.get(normal);
        if (cached != null) return cached;
        List<Place> curated = byNormalName.getOrDefault(normal, List.of());
        if (index == null || normal.isEmpty()) return curated;
        List<Place> found = merge(curated, index.lookup(NameKey.of(normal)));
        if (lookups.size() < MAX_CACHED_LOOKUPS) lookups.put(normal, found);
        return found;
    }

    private static final int MAX_CACHED_LOOKUPS = 100_000;
    private final java.util.concurrent.ConcurrentHashMap<String, List<Place>> lookups = new java.util.concurrent.ConcurrentHashMap<>();

    /** Places whose transliteration key equals that of {@code name}: the fuzzy fall-back. */
    public List<Place> placesSpelledLike(String name) {
        if (Names.normalize(name).length() < 5) return List.of();
        String key = Names.skeleton(name);
        List<Place> curated = bySkeleton.getOrDefault(key, List.of());
        if (index == null || key.length() < 3) return curated;
        List<Place> cached = skeletonLookups.get(key);
        if (cached != null) return cached;
        List<Place> found = merge(curated, index.lookupSkeleton(NameKey.of(key)));
        if (skeletonLookups.size() < MAX_CACHED_LOOKUPS) skeletonLookups.put(key, found);
        return found;
    }

    private final java.util.concurrent.ConcurrentHashMap<String, List<Place>> skeletonLookups = new java.util.concurrent.ConcurrentHashMap<>();

    private List<Place> merge(List<Place> curated, int[] hits) {
        if (hits.length == 0) return curated;
        List<Place> out = new ArrayList<>(curated.size() + hits.length);
        // places are canonical objects (one per entry), so identity tells duplicates apart cheaply
        java.util.Set<Place> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Place c : curated) if (seen.add(c)) out.add(c);
        for (int k = 0; k < hits.length && out.size() < MAX_CANDIDATES; k++) {
            Place p = place(hits[k]);
            Place c = p.geonamesId() > 0 ? curatedById.get(p.geonamesId()) : null;
            Place keep = c != null ? c : p;
            if (seen.add(keep)) out.add(keep);
        }
        return out;
    }

    /** A GeoNames place by its index position, with ACLED names for its country and admin divisions. */
    public Place place(int i) {
        Place p = fromIndex.get(i);
        if (p != null) return p;
        return fromIndex.computeIfAbsent(i, this::create);
    }

    private Place create(int i) {
        Place p;
        Country c = countryByIso2.get(index.country(i));
        String feature = index.feature(i);
        int a1 = index.admin1(i), a2 = index.admin2(i);
        p = new Place(index.name(i), c == null ? index.country(i) : c.name(), a1 < 0 ? "" : index.adminName(a1),
                a2 < 0 ? "" : index.adminName(a2), index.latitude(i), index.longitude(i), precision(feature), feature,
                index.geonameId(i), index.population(i));
        return p;
    }

    /** ACLED's geo_precision for a GeoNames feature: towns and spots 1, areas and districts 2, provinces 3. */
    static int precision(String feature) {
        if (feature.equals("A.ADM1")) return 3;
        char cls = feature.isEmpty() ? '?' : feature.charAt(0);
        return cls == 'P' || cls == 'S' ? 1 : 2;
    }

    /**
     * The seat of a province: its GeoNames town of feature PPLA (the largest, if several), or null. ACLED places an
     * event known only to its province at the provincial capital.
     */
    public Place capitalOf(Place province) {
        return seats().get(province.country() + "|" + province.admin1());
    }

    /** The seat of a district: its GeoNames town of feature PPLA2 (or the province's seat, if inside it), or null. */
    public Place seatOf(Place district) {
        return seats().get(district.country() + "|" + district.admin1() + "|" + district.admin2());
    }

    private Map<String, Place> seats() {
        Map<String, Place> seats = capitals;
        if (seats != null) return seats;
        seats = new HashMap<>();
        if (index != null) {
            for (int i = 0; i < index.size(); i++) {
                String f = index.feature(i);
                boolean ppla = "P.PPLA".equals(f);
                if (!ppla && !"P.PPLA2".equals(f)) continue;
                Place p = place(i);
                java.util.function.BinaryOperator<Place> larger = (a, b) -> a.population() >= b.population() ? a : b;
                if (ppla) seats.merge(p.country() + "|" + p.admin1(), p, larger);
                if (!p.admin2().isEmpty()) seats.merge(p.country() + "|" + p.admin1() + "|" + p.admin2(), p, larger);
            }
        }
        capitals = seats;
        return seats;
    }

    private volatile Map<String, Place> capitals;

    public List<Place> places() {
        return places;
    }

    public Iterable<Country> countries() {
        return countriesByName.values();
    }
}
