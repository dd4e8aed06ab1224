package org.peristiwa.ner;

import java.util.Arrays;

/**
 * The tagger's feature weights: for each feature hash, one 16-bit weight per label (7 labels), in an
 * open-addressing table whose slot holds the key and its weights together (three longs), so that a look-up
 * costs one memory access: decoding speed is bound by these look-ups.
 */
final class WeightTable {

    static final int LABELS = 7;
    private static final long OCCUPIED = 1L << 48;

    private final long[] table; // per slot: key, w0..w3, w4..w6 | OCCUPIED
    private final int mask;
    /** One bit per key (a one-hash Bloom filter), small enough to stay in cache: most unknown keys stop here. */
    private final long[] filter;
    private final int filterMask;
    private int size;

    WeightTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1; // load factor at most 1/2
        table = new long[cap * 3];
        mask = cap - 1;
        int bits = Integer.highestOneBit(Math.max(64, expected * 8 - 1)) << 1;
        filter = new long[bits / 64];
        filterMask = bits - 1;
    }

    int size() {
        return size;
    }

    void put(long key, short[] w) {
        if (w.length != LABELS) throw new IllegalArgumentException("expected " + LABELS + " weights");
        if ((size + 1) * 2 > mask + 1) throw new IllegalStateException("weight table full");
        int i = slot(key);
        while (table[3 * i + 2] != 0 && table[3 * i] != key) i = (i + 1) & mask;
        if (table[3 * i + 2] == 0) size++;
        int bit = (int) (key >>> 40) & filterMask;
        filter[bit >>> 6] |= 1L << bit;
        table[3 * i] = key;
        table[3 * i + 1] = (w[0] & 0xFFFFL) | (w[1] & 0xFFFFL) << 16 | (w[2] & 0xFFFFL) << 32 | (w[3] & 0xFFFFL) << 48;
        table[3 * i + 2] = (w[4] & 0xFFFFL) | (w[5] & 0xFFFFL) << 16 | (w[6] & 0xFFFFL) << 32 | OCCUPIED;
    }

    /** Adds the key's weights to {@code acc[base..base+7)}; false when the key is absent. */
    boolean addTo(long key, int[] acc, int base) {
        int bit = (int) (key >>> 40) & filterMask;
        if ((filter[bit >>> 6] & 1L << bit) == 0) return false;
        long[] t = table;
        int i = slot(key);
        while (true) {
            long b = t[3 * i + 2];
            if (b == 0) return false;
            if (t[3 * i] == key) {
                long a = t[3 * i + 1];
                acc[base] += (short) a;
                acc[base + 1] += (short) (a >>> 16);
                acc[base + 2] += (short) (a >>> 32);
                acc[base + 3] += (short) (a >>> 48);
                acc[base + 4] += (short) b;
                acc[base + 5] += (short) (b >>> 16);
                acc[base + 6] += (short) (b >>> 32);
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    /** The key's weights, or null. */
    short[] get(long key) {
        int[] acc = new int[LABELS];
        if (!addTo(key, acc, 0)) return null;
        short[] out = new short[LABELS];
        for (int l = 0; l < LABELS; l++) out[l] = (short) acc[l];
        return out;
    }

    long[] sortedKeys() {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i <= mask; i++) if (table[3 * i + 2] != 0) out[n++] = table[3 * i];
        Arrays.sort(out);
        return out;
    }

    private int slot(long key) {
        return (int) (key ^ key >>> 32) & mask; // keys are hashes already
    }
}
