package org.peristiwa.geo.index;

/**
 * The 64-bit key under which a normalised name is stored in a {@link GeoIndex}: FNV-1a over the UTF-16 units,
 * finished with MurmurHash3's mixer. At a few million names the chance of any collision is below 1 in 10^6,
 * and a collision only adds a candidate that context then has to support.
 */
public final class NameKey {

    private NameKey() {}

    public static long of(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
