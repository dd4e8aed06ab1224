package org.peristiwa.ner;

/** 64-bit hashing of strings and feature tuples, without building strings. Stable across runs and JVMs. */
final class Hashing {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {}

    static long chars(CharSequence s) {
        return chars(s, 0, s.length());
    }

    static long chars(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            h ^= c & 0xff;
            h *= FNV_PRIME;
            h ^= c >>> 8;
            h *= FNV_PRIME;
        }
        return fmix(h ^ (to - from));
    }

    /** Combines two values, order-sensitive. */
    static long mix(long a, long b) {
        return fmix(a * 0x9E3779B97F4A7C15L + Long.rotateLeft(b, 31) + 0x632BE59BD9B4E019L);
    }

    static long mix(long a, long b, long c) {
        return mix(mix(a, b), c);
    }

    static long mix(long a, long b, long c, long d) {
        return mix(mix(mix(a, b), c), d);
    }

    /** MurmurHash3's 64-bit finaliser. */
    static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
