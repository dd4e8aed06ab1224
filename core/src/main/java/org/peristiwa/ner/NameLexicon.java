package org.peristiwa.ner;

import java.util.List;
import java.util.Locale;

/**
 * Names seen as entities (lower-cased token sequences of up to {@link #MAX_LENGTH} tokens) with the types
 * they were seen as, kept as hashes. A feature source for the tagger, not a decision: "Indonesia" is a place
 * in one sentence and part of "Bank Indonesia" in another.
 */
final class NameLexicon {

    static final int MAX_LENGTH = 6;
    private static final long SEED = 0x5EEDL;

    private final LongIntMap masks;

    NameLexicon() {
        this(new LongIntMap(1024));
    }

    private NameLexicon(LongIntMap masks) {
        this.masks = masks;
    }

    static int typeBit(String type) {
        int i = BioTags.TYPES.indexOf(type);
        return i < 0 ? 0 : 1 << i;
    }

    static String lower(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.indexOf('\u2019') >= 0 ? l.replace('\u2019', '\'') : l;
    }

    /** Adds the entities of a sentence. */
    void addAll(ConllSentence s) {
        for (Entity e : s.entities()) {
            if (e.end() - e.start() > MAX_LENGTH) continue;
            long h = SEED;
            for (int i = e.start(); i < e.end(); i++) h = Hashing.mix(h, Hashing.chars(lower(s.tokens().get(i))));
            int bit = typeBit(e.type());
            if (bit == 0) continue;
            int old = masks.get(h);
            masks.put(h, (old < 0 ? 0 : old) | bit);
        }
    }

    int size() {
        return masks.size();
    }

    /**
     * For each token, a 6-bit mask: bit {@code 2t} set when a name of type t starts at the token, bit
     * {@code 2t+1} when a name of type t covers it after its first token.
     */
    int[] marks(long[] lowerHashes) {
        int n = lowerHashes.length;
        int[] out = new int[n];
        for (int s = 0; s < n; s++) {
            long h = SEED;
            for (int len = 1; len <= MAX_LENGTH && s + len <= n; len++) {
                h = Hashing.mix(h, lowerHashes[s + len - 1]);
                int m = masks.get(h);
                if (m <= 0) continue;
                for (int t = 0; t < BioTags.TYPES.size(); t++) {
                    if ((m & (1 << t)) == 0) continue;
                    out[s] |= 1 << (2 * t);
                    for (int k = s + 1; k < s + len; k++) out[k] |= 1 << (2 * t + 1);
                }
            }
        }
        return out;
    }

    long[] keys() {
        return masks.sortedKeys();
    }

    int mask(long key) {
        return masks.get(key);
    }

    void put(long key, int mask) {
        masks.put(key, mask);
    }

    static List<String> lowerAll(List<String> tokens) {
        return tokens.stream().map(NameLexicon::lower).toList();
    }
}
