package org.peristiwa.geo.index;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.peristiwa.geo.Names;

/**
 * Collects places and their names in primitive columns (a full GeoNames dump has 12 million places) and writes
 * a {@link GeoIndex}. Output is deterministic: postings are ordered by key, then population (descending), then
 * insertion order.
 */
public final class GeoIndexWriter {

    private int n;
    private int[] ids = new int[1024], names = new int[1024], admin1 = new int[1024], admin2 = new int[1024], pops = new int[1024],
            adminCodes = new int[1024];
    private float[] lats = new float[1024], lons = new float[1024];
    private short[] countries = new short[1024], features = new short[1024];
    private final Pairs keys = new Pairs(), skeletons = new Pairs();
    private final Map<String, Short> codeIndex = new HashMap<>();
    private final java.util.List<Integer> codeOffsets = new java.util.ArrayList<>();
    private final ByteArrayOutputStream strings = new ByteArrayOutputStream(1 << 20);
    private final Map<String, Integer> internedStrings = new HashMap<>();

    /** Adds a place and returns its index; its name is indexed too. */
    public int addPlace(long geonameId, double lat, double lon, long population, String name, String country, String feature) {
        if (n == ids.length) grow();
        ids[n] = (int) geonameId;
        lats[n] = (float) lat;
        lons[n] = (float) lon;
        pops[n] = (int) Math.min(population, 0xffffffffL);
        names[n] = string(name);
        admin1[n] = -1;
        admin2[n] = -1;
        adminCodes[n] = -1;
        countries[n] = code(country);
        features[n] = code(feature);
        addName(n, name);
        return n++;
    }

    public void setAdmin(int place, int admin1Place, int admin2Place) {
        admin1[place] = admin1Place;
        admin2[place] = admin2Place;
    }

    /** Marks a place as an administrative division with its GeoNames code and the name records give it. */
    public void setAdminCode(int place, String code, String displayName) {
        adminCodes[place] = string(displayName == null ? code : code + "\t" + displayName);
    }

    public void setCoordinates(int place, double lat, double lon) {
        lats[place] = (float) lat;
        lons[place] = (float) lon;
    }

    public void setPopulation(int place, long population) {
        pops[place] = (int) Math.min(population, 0xffffffffL);
    }

    public double latitude(int place) {
        return lats[place];
    }

    public double longitude(int place) {
        return lons[place];
    }

    public long population(int place) {
        return pops[place] & 0xffffffffL;
    }

    public int size() {
        return n;
    }

    /** Indexes another name of a place: its normalised form, and its transliteration skeleton when long enough. */
    public void addName(int place, String name) {
        String norm = Names.normalize(name);
        if (norm.isEmpty()) return;
        keys.add(NameKey.of(norm), place);
        if (norm.length() >= 5) {
            String sk = Names.skeleton(name);
            if (sk.length() >= 3) skeletons.add(NameKey.of(sk), place);
        }
    }

    public void write(OutputStream os) throws IOException {
        long[][] k = keys.sorted(pops);
        long[][] s = skeletons.sorted(pops);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(os, 1 << 16));
        byte[] blob = strings.toByteArray();
        int nKeys = (int) k[0].length, nSkel = (int) s[0].length;
        out.writeInt(GeoIndex.MAGIC);
        out.writeInt(GeoIndex.VERSION);
        out.writeInt(n);
        out.writeInt(nKeys);
        out.writeInt((int) k[2][0]);
        out.writeInt(nSkel);
        out.writeInt((int) s[2][0]);
        out.writeInt(codeOffsets.size());
        out.writeInt(blob.length);
        out.writeInt(0);
        for (int off : codeOffsets) out.writeInt(off);
        for (int i = 0; i < n; i++) {
            out.writeInt(ids[i]);
            out.writeFloat(lats[i]);
            out.writeFloat(lons[i]);
            out.writeInt(pops[i]);
            out.writeInt(names[i]);
            out.writeInt(admin1[i]);
            out.writeInt(admin2[i]);
            out.writeShort(countries[i]);
            out.writeShort(features[i]);
        }
        writeTable(out, k);
        writeTable(out, s);
        for (int i = 0; i < n; i++) out.writeInt(adminCodes[i]);
        out.write(blob);
        out.flush();
    }

    /** keys, starts, and postings (with the postings count in [2][0] and the postings from [3]). */
    private static void writeTable(DataOutputStream out, long[][] t) throws IOException {
        for (long key : t[0]) out.writeLong(key);
        for (long start : t[1]) out.writeInt((int) start);
        for (long p : t[3]) out.writeInt((int) p);
    }

    private short code(String s) {
        Short c = codeIndex.get(s);
        if (c == null) {
            if (codeIndex.size() >= Short.MAX_VALUE) throw new GeoIndexException("more than 32767 distinct country/feature codes");
            c = (short) codeIndex.size();
            codeIndex.put(s, c);
            codeOffsets.add(string(s));
        }
        return c;
    }

    private int string(String s) {
        Integer known = internedStrings.get(s);
        if (known != null) return known;
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length > 0xffff) b = Arrays.copyOf(b, 0xffff);
        int off = strings.size();
        strings.write((b.length >>> 8) & 0xff);
        strings.write(b.length & 0xff);
        strings.write(b, 0, b.length);
        // only short, repeated strings (codes) are worth interning
        if (s.length() <= 12) internedStrings.put(s, off);
        return off;
    }

    private void grow() {
        int c = ids.length * 2;
        ids = Arrays.copyOf(ids, c);
        names = Arrays.copyOf(names, c);
        admin1 = Arrays.copyOf(admin1, c);
        admin2 = Arrays.copyOf(admin2, c);
        pops = Arrays.copyOf(pops, c);
        adminCodes = Arrays.copyOf(adminCodes, c);
        lats = Arrays.copyOf(lats, c);
        lons = Arrays.copyOf(lons, c);
        countries = Arrays.copyOf(countries, c);
        features = Arrays.copyOf(features, c);
    }

    /** (key, place) pairs in primitive arrays, sorted and de-duplicated on demand. */
    private static final class Pairs {
        long[] keys = new long[4096];
        int[] places = new int[4096];
        int size;

        void add(long key, int place) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                places = Arrays.copyOf(places, size * 2);
            }
            keys[size] = key;
            places[size++] = place;
        }

        /** {distinct keys, posting starts (keys+1), {postings count}, postings}. */
        long[][] sorted(int[] pops) {
            sort(0, size - 1, pops);
            long[] uk = new long[size];
            long[] starts = new long[size + 1];
            long[] posts = new long[size];
            int nk = 0, np = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || keys[i] != keys[i - 1]) {
                    starts[nk] = np;
                    uk[nk++] = keys[i];
                } else if (places[i] == places[i - 1]) {
                    continue;
                }
                posts[np++] = places[i];
            }
            starts[nk] = np;
            return new long[][] {Arrays.copyOf(uk, nk), Arrays.copyOf(starts, nk + 1), {np}, Arrays.copyOf(posts, np)};
        }

        private int cmp(int i, int j, int[] pops) {
            int c = Long.compare(keys[i], keys[j]);
            if (c != 0) return c;
            c = Long.compare(pops[places[j]] & 0xffffffffL, pops[places[i]] & 0xffffffffL);
            return c != 0 ? c : Integer.compare(places[i], places[j]);
        }

        private void sort(int lo, int hi, int[] pops) {
            while (lo < hi) {
                if (hi - lo < 16) {
                    for (int i = lo + 1; i <= hi; i++) for (int j = i; j > lo && cmp(j - 1, j, pops) > 0; j--) swap(j - 1, j);
                    return;
                }
                int mid = (lo + hi) >>> 1;
                // median of three, moved to hi
                if (cmp(mid, lo, pops) < 0) swap(mid, lo);
                if (cmp(hi, lo, pops) < 0) swap(hi, lo);
                if (cmp(mid, hi, pops) < 0) swap(mid, hi);
                int store = lo;
                for (int i = lo; i < hi; i++) if (cmp(i, hi, pops) < 0) swap(i, store++);
                swap(store, hi);
                if (store - lo < hi - store) {
                    sort(lo, store - 1, pops);
                    lo = store + 1;
                } else {
                    sort(store + 1, hi, pops);
                    hi = store - 1;
                }
            }
        }

        private void swap(int i, int j) {
            long k = keys[i];
            keys[i] = keys[j];
            keys[j] = k;
            int p = places[i];
            places[i] = places[j];
            places[j] = p;
        }
    }
}
