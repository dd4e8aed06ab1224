package org.peristiwa.ner;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to non-negative ints; {@link #get} returns -1 for a missing key.
 * Keys and values sit side by side in one array (value + 1 in the slot after the key, 0 = empty slot), so a
 * look-up touches one cache line.
 */
final class LongIntMap {

    private long[] table;
    private int size;
    private int mask; // over slots

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        table = new long[cap * 2];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    int get(long key) {
        long[] t = table;
        int i = slot(key);
        while (true) {
            long v = t[2 * i + 1];
            if (v == 0) return -1;
            if (t[2 * i] == key) return (int) (v - 1);
            i = (i + 1) & mask;
        }
    }

    void put(long key, int value) {
        if (value < 0) throw new IllegalArgumentException("negative value");
        if ((size + 1) * 2 > mask + 1) grow();
        int i = slot(key);
        while (table[2 * i + 1] != 0) {
            if (table[2 * i] == key) {
                table[2 * i + 1] = value + 1L;
                return;
            }
            i = (i + 1) & mask;
        }
        table[2 * i] = key;
        table[2 * i + 1] = value + 1L;
        size++;
    }

    /** The value of the key, or {@code next} after putting it there. */
    int getOrPut(long key, int next) {
        int v = get(key);
        if (v >= 0) return v;
        put(key, next);
        return next;
    }

    /** Keys in ascending order. */
    long[] sortedKeys() {
        long[] out = new long[size];
        int n = 0;
        for (int i = 0; i <= mask; i++) if (table[2 * i + 1] != 0) out[n++] = table[2 * i];
        Arrays.sort(out);
        return out;
    }

    private int slot(long key) {
        return (int) (key ^ key >>> 32) & mask; // keys are hashes already
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = old.length - 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) if (old[i + 1] != 0) put(old[i], (int) (old[i + 1] - 1));
    }
}
