package org.peristiwa.ner;

import java.util.Arrays;
import java.util.List;

/**
 * Feature extraction for the tagger. Each feature is a 64-bit hash of a template number and its values:
 * the word and its neighbours (±2, lower-cased, and bigrams), the word as written, prefixes and suffixes
 * (1–4 characters), word shape (Xxxx → Xx, PKB → X, 2014 → d) of the word and its neighbours, capitalisation
 * (and how often the word is capitalised inside sentences in the training text), and the name lexicon's
 * marks on the word and its neighbours.
 */
final class Features {

    static final int INIT_CAP = 1, ALL_CAPS = 2, HAS_DIGIT = 4, HAS_HYPHEN = 8, HAS_LETTER = 16, FIRST = 32;

    /** Capitalisation classes of a word inside sentences in the training text. */
    static final int CAP_UNSEEN = 0, CAP_LOWER = 1, CAP_MIXED = 2, CAP_UPPER = 3;

    private static final long BOS = Hashing.chars("<s>"), EOS = Hashing.chars("</s>");

    private final NameLexicon lexicon;
    private final LongIntMap capClasses;

    Features(NameLexicon lexicon, LongIntMap capClasses) {
        this.lexicon = lexicon;
        this.capClasses = capClasses;
    }

    NameLexicon lexicon() {
        return lexicon;
    }

    LongIntMap capClasses() {
        return capClasses;
    }

    /** The copy of a feature specific to a data set (domain adaptation by feature augmentation, Daumé 2007). */
    static long inDomain(long feature, int domain) {
        return Hashing.mix(feature, 0xD0D0L + domain);
    }

    /** The features of each token of a sentence. */
    long[][] extract(List<String> tokens) {
        return extract(tokens, lexicon);
    }

    long[][] extract(List<String> tokens, NameLexicon lex) {
        int n = tokens.size();
        long[] lw = new long[n], sf = new long[n], shp = new long[n];
        long[][] pre = new long[n][4], suf = new long[n][4];
        int[] flags = new int[n], cap = new int[n], len = new int[n];
        for (int i = 0; i < n; i++) {
            String s = tokens.get(i);
            String l = NameLexicon.lower(s);
            lw[i] = Hashing.chars(l);
            sf[i] = Hashing.chars(s);
            shp[i] = shape(s);
            flags[i] = flags(s) | (i == 0 ? FIRST : 0);
            len[i] = l.length();
            for (int k = 1; k <= 4; k++) {
                pre[i][k - 1] = l.length() > k ? Hashing.chars(l, 0, k) : 0;
                suf[i][k - 1] = l.length() > k ? Hashing.chars(l, l.length() - k, l.length()) : 0;
            }
            int c = capClasses.get(lw[i]);
            cap[i] = c < 0 ? CAP_UNSEEN : c;
        }
        int[] marks = lex.marks(lw);
        long[][] out = new long[n][];
        long[] buf = new long[64];
        for (int i = 0; i < n; i++) {
            int k = 0;
            long w0 = lw[i];
            long wm1 = i >= 1 ? lw[i - 1] : BOS, wm2 = i >= 2 ? lw[i - 2] : BOS;
            long wp1 = i + 1 < n ? lw[i + 1] : EOS, wp2 = i + 2 < n ? lw[i + 2] : EOS;
            long s0 = shp[i], sm1 = i >= 1 ? shp[i - 1] : BOS, sp1 = i + 1 < n ? shp[i + 1] : EOS;
            int f0 = flags[i];
            buf[k++] = 1; // bias
            buf[k++] = Hashing.mix(2, w0);
            buf[k++] = Hashing.mix(3, sf[i]);
            buf[k++] = Hashing.mix(4, wm1);
            buf[k++] = Hashing.mix(5, wm2);
            buf[k++] = Hashing.mix(6, wp1);
            buf[k++] = Hashing.mix(7, wp2);
            buf[k++] = Hashing.mix(8, wm1, w0);
            buf[k++] = Hashing.mix(9, w0, wp1);
            buf[k++] = Hashing.mix(10, wm2, wm1);
            buf[k++] = Hashing.mix(11, wp1, wp2);
            for (int p = 0; p < 4; p++) {
                if (pre[i][p] != 0) buf[k++] = Hashing.mix(12 + p, pre[i][p]);
                if (suf[i][p] != 0) buf[k++] = Hashing.mix(16 + p, suf[i][p]);
            }
            buf[k++] = Hashing.mix(20, s0);
            buf[k++] = Hashing.mix(21, sm1, s0);
            buf[k++] = Hashing.mix(22, s0, sp1);
            buf[k++] = Hashing.mix(23, sm1, s0, sp1);
            buf[k++] = Hashing.mix(24, f0);
            buf[k++] = Hashing.mix(25, sm1);
            buf[k++] = Hashing.mix(26, sp1);
            buf[k++] = Hashing.mix(27, wm1, s0);
            buf[k++] = Hashing.mix(28, s0, wp1);
            int m0 = marks[i];
            for (int b = 0; b < 6; b++) if ((m0 & (1 << b)) != 0) buf[k++] = Hashing.mix(29, b);
            buf[k++] = Hashing.mix(30, m0, f0 & (INIT_CAP | ALL_CAPS | FIRST));
            buf[k++] = Hashing.mix(31, i >= 1 ? marks[i - 1] : -1, m0);
            buf[k++] = Hashing.mix(32, m0, i + 1 < n ? marks[i + 1] : -1);
            buf[k++] = Hashing.mix(33, cap[i], f0 & (INIT_CAP | ALL_CAPS | FIRST));
            buf[k++] = Hashing.mix(34, i >= 1 ? cap[i - 1] | (flags[i - 1] & INIT_CAP) << 4 : -1,
                    cap[i] | (f0 & INIT_CAP) << 4);
            buf[k++] = Hashing.mix(35, cap[i] | (f0 & INIT_CAP) << 4,
                    i + 1 < n ? cap[i + 1] | (flags[i + 1] & INIT_CAP) << 4 : -1);
            buf[k++] = Hashing.mix(36, Math.min(len[i], 8), s0);
            out[i] = Arrays.copyOf(buf, k);
        }
        return out;
    }

    static int flags(String s) {
        int f = 0;
        boolean anyLower = false, anyUpper = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) anyUpper = true;
            else if (Character.isLowerCase(c)) anyLower = true;
            if (Character.isDigit(c)) f |= HAS_DIGIT;
            if (Character.isLetter(c)) f |= HAS_LETTER;
            if (c == '-') f |= HAS_HYPHEN;
        }
        if (!s.isEmpty() && Character.isUpperCase(s.charAt(0))) f |= INIT_CAP;
        if (anyUpper && !anyLower) f |= ALL_CAPS;
        return f;
    }

    /** Hash of the word's short shape: character classes X, x, d, other characters as they are, runs collapsed. */
    static long shape(String s) {
        StringBuilder b = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < s.length() && b.length() < 8; i++) {
            char c = s.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) b.append(k);
            last = k;
        }
        return Hashing.chars(b);
    }

    /** Counts, for each lower-cased word, how often it is capitalised and lower-case after the first token of a sentence. */
    static LongIntMap capClasses(List<ConllSentence> sentences) {
        LongIntMap upper = new LongIntMap(1 << 14), lower = new LongIntMap(1 << 14);
        for (ConllSentence s : sentences) {
            for (int i = 1; i < s.size(); i++) {
                String t = s.tokens().get(i);
                int f = flags(t);
                if ((f & HAS_LETTER) == 0) continue;
                long h = Hashing.chars(NameLexicon.lower(t));
                LongIntMap m = (f & INIT_CAP) != 0 ? upper : lower;
                int c = m.get(h);
                m.put(h, c < 0 ? 1 : c + 1);
            }
        }
        LongIntMap out = new LongIntMap(upper.size() + lower.size());
        for (long h : upper.sortedKeys()) {
            int u = upper.get(h), l = Math.max(0, lower.get(h));
            out.put(h, capClass(u, l));
        }
        for (long h : lower.sortedKeys()) {
            if (out.get(h) < 0) out.put(h, CAP_LOWER);
        }
        return out;
    }

    private static int capClass(int upper, int lower) {
        double r = (double) upper / (upper + lower);
        return r >= 0.9 ? CAP_UPPER : r <= 0.1 ? CAP_LOWER : CAP_MIXED;
    }
}
