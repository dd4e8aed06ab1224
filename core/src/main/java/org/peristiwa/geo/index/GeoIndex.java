package org.peristiwa.geo.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;

/**
 * A compact, read-only GeoNames index: fixed-width place records, sorted 64-bit name keys with postings, and a
 * string blob, all in one buffer. It is read whole into the heap (the default, a few MB) or memory-mapped (a full
 * GeoNames import), and costs no parsing at load: a look-up is a binary search over the keys.
 *
 * <pre>
 * header   "PGEO" version nPlaces nKeys nPostings nSkeletonKeys nSkeletonPostings nCodes nStringBytes
 * codes    nCodes x int: string offsets (country codes, feature codes, admin codes)
 * places   nPlaces x 32 bytes: geonameid, lat (float), lon (float), population, name (string offset),
 *          admin1 (place or -1), admin2 (place or -1), country (short code index), feature (short code index)
 * names    nKeys x long key (sorted), nKeys+1 x int posting start, nPostings x int place
 * skeleton the same for transliteration keys
 * adminCode nPlaces x int: string offset of "code TAB name" for an admin division ("SY.08\tRural Damascus"), else -1
 * strings  each as unsigned short length + UTF-8 bytes
 * </pre>
 */
public final class GeoIndex {

    static final int MAGIC = 0x5047454F; // "PGEO"
    static final int VERSION = 1;
    static final int HEADER = 10 * 4;
    static final int RECORD = 32;

    private final ByteBuffer buf;
    private final int nPlaces, nKeys, nPostings, nSkel, nSkelPostings, nCodes;
    private final int codesAt, placesAt, keysAt, startsAt, postingsAt, skelKeysAt, skelStartsAt, skelPostingsAt, adminCodeAt, stringsAt;
    private final String[] codes;

    private GeoIndex(ByteBuffer buf, String source) {
        this.buf = buf;
        if (buf.capacity() < HEADER || buf.getInt(0) != MAGIC) throw new GeoIndexException(source + ": not a peristiwa gazetteer index");
        if (buf.getInt(4) != VERSION) throw new GeoIndexException(source + ": index version " + buf.getInt(4) + ", expected " + VERSION
                + "; re-run 'peristiwa gazetteer import'");
        nPlaces = buf.getInt(8);
        nKeys = buf.getInt(12);
        nPostings = buf.getInt(16);
        nSkel = buf.getInt(20);
        nSkelPostings = buf.getInt(24);
        nCodes = buf.getInt(28);
        int nStringBytes = buf.getInt(32);
        codesAt = HEADER;
        placesAt = codesAt + 4 * nCodes;
        keysAt = placesAt + RECORD * nPlaces;
        startsAt = keysAt + 8 * nKeys;
        postingsAt = startsAt + 4 * (nKeys + 1);
        skelKeysAt = postingsAt + 4 * nPostings;
        skelStartsAt = skelKeysAt + 8 * nSkel;
        skelPostingsAt = skelStartsAt + 4 * (nSkel + 1);
        adminCodeAt = skelPostingsAt + 4 * nSkelPostings;
        stringsAt = adminCodeAt + 4 * nPlaces;
        if ((long) stringsAt + nStringBytes != buf.capacity()) throw new GeoIndexException(source + ": truncated or corrupt index");
        codes = new String[nCodes];
        for (int i = 0; i < nCodes; i++) codes[i] = string(buf.getInt(codesAt + 4 * i));
    }

    /** Reads an index (plain or gzip-compressed) into the heap. */
    public static GeoIndex read(InputStream in, String source) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 2);
        int b1 = p.read(), b2 = p.read();
        if (b2 >= 0) p.unread(b2);
        if (b1 >= 0) p.unread(b1);
        InputStream s = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(p, 1 << 16) : p;
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);
        s.transferTo(out);
        return new GeoIndex(ByteBuffer.wrap(out.toByteArray()), source);
    }

    /** Memory-maps an uncompressed index file (a full GeoNames import): nothing is copied into the heap. */
    public static GeoIndex map(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE) throw new GeoIndexException(file + ": index larger than 2 GB");
            return new GeoIndex(ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()), file.toString());
        }
    }

    public int size() {
        return nPlaces;
    }

    /** Places whose normalised name has this key, most populous first. */
    public int[] lookup(long key) {
        return postings(key, keysAt, startsAt, postingsAt, nKeys);
    }

    /** Places whose transliteration skeleton has this key. */
    public int[] lookupSkeleton(long key) {
        return postings(key, skelKeysAt, skelStartsAt, skelPostingsAt, nSkel);
    }

    private int[] postings(long key, int keys, int starts, int postings, int n) {
        int lo = 0, hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long k = buf.getLong(keys + 8 * mid);
            if (k < key) lo = mid + 1;
            else if (k > key) hi = mid - 1;
            else {
                int from = buf.getInt(starts + 4 * mid), to = buf.getInt(starts + 4 * mid + 4);
                int[] out = new int[to - from];
                for (int i = 0; i < out.length; i++) out[i] = buf.getInt(postings + 4 * (from + i));
                return out;
            }
        }
        return EMPTY;
    }

    private static final int[] EMPTY = new int[0];

    private int rec(int place) {
        return placesAt + RECORD * place;
    }

    public long geonameId(int place) {
        return buf.getInt(rec(place)) & 0xffffffffL;
    }

    public double latitude(int place) {
        return buf.getFloat(rec(place) + 4);
    }

    public double longitude(int place) {
        return buf.getFloat(rec(place) + 8);
    }

    public long population(int place) {
        return buf.getInt(rec(place) + 12) & 0xffffffffL;
    }

    public String name(int place) {
        return string(buf.getInt(rec(place) + 16));
    }

    public int admin1(int place) {
        return buf.getInt(rec(place) + 20);
    }

    public int admin2(int place) {
        return buf.getInt(rec(place) + 24);
    }

    /** ISO 3166 alpha-2 code of the place's country. */
    public String country(int place) {
        return codes[buf.getShort(rec(place) + 28)];
    }

    /** Feature class and code, e.g. "P.PPLA", "A.ADM1". */
    public String feature(int place) {
        return codes[buf.getShort(rec(place) + 30)];
    }

    /** GeoNames admin code of an administrative division ("SY.08"), else null. */
    public String adminCode(int place) {
        int off = buf.getInt(adminCodeAt + 4 * place);
        if (off < 0) return null;
        String s = string(off);
        int tab = s.indexOf('\t');
        return tab < 0 ? s : s.substring(0, tab);
    }

    /** The name an administrative division goes by in records (ACLED's spelling), else its GeoNames name. */
    public String adminName(int place) {
        int off = buf.getInt(adminCodeAt + 4 * place);
        if (off < 0) return name(place);
        String s = string(off);
        int tab = s.indexOf('\t');
        return tab < 0 ? name(place) : s.substring(tab + 1);
    }

    private String string(int offset) {
        int at = stringsAt + offset;
        int len = buf.getShort(at) & 0xffff;
        byte[] b = new byte[len];
        buf.get(at + 2, b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
