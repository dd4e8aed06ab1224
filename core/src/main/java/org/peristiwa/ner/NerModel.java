package org.peristiwa.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained entity tagger: a linear model over {@link Features} with BIO label transitions, decoded exactly by
 * Viterbi under the BIO constraint (an I-X follows only B-X or I-X). Immutable and thread-safe.
 * See {@link NerTrainer} for how it is trained and {@code peristiwa/ner/README.md} for the bundled model.
 */
public final class NerModel {

    /** The labels, in the order of the weight rows. */
    static final List<String> LABELS = List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC");
    static final int L = LABELS.size();
    static final String RESOURCE = "/peristiwa/ner/id-ner.model.gz";

    private static final int MAGIC = 0x504E4552; // "PNER"
    private static final int VERSION = 1;
    private static final boolean[][] ALLOWED = allowed();

    private static volatile NerModel bundled;

    private final Features features;
    private final WeightTable weights; // 16-bit weights, times scale
    private final float scale;
    private final double[] transitions; // (L + 1) × L, row 0 = sentence start
    private final Map<String, String> info;

    NerModel(Features features, WeightTable weights, float scale, float[] transitions, Map<String, String> info) {
        this.features = features;
        this.weights = weights;
        this.scale = scale;
        this.transitions = new double[transitions.length];
        for (int i = 0; i < transitions.length; i++) this.transitions[i] = transitions[i];
        this.info = Map.copyOf(info);
    }

    /** The model bundled with the library (Indonesian news, PER/ORG/LOC), loaded once. */
    public static NerModel bundled() {
        NerModel m = bundled;
        if (m == null) {
            synchronized (NerModel.class) {
                m = bundled;
                if (m == null) {
                    try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) throw new IllegalStateException("bundled NER model missing: " + RESOURCE);
                        m = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read bundled NER model " + RESOURCE, e);
                    }
                    bundled = m;
                }
            }
        }
        return m;
    }

    public static NerModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Training facts recorded in the model (data, epochs, seed, ...). */
    public Map<String, String> info() {
        return info;
    }

    public int featureCount() {
        return weights.size();
    }

    /** BIO tags (B-PER, I-ORG, O, ...) for a sentence's tokens. */
    public List<String> tag(List<String> tokens) {
        int[] best = decode(tokens);
        List<String> out = new ArrayList<>(best.length);
        for (int y : best) out.add(LABELS.get(y));
        return out;
    }

    /** The entities of a sentence's tokens. */
    public List<Entity> entities(List<String> tokens) {
        if (tokens.isEmpty()) return List.of();
        return BioTags.chunks(tag(tokens));
    }

    int[] decode(List<String> tokens) {
        int n = tokens.size();
        if (n == 0) return new int[0];
        long[][] f = features.extract(tokens);
        int[] sums = new int[n * L];
        for (int i = 0; i < n; i++) {
            int base = i * L;
            for (long h : f[i]) weights.addTo(h, sums, base);
        }
        double[] scores = new double[n * L];
        for (int i = 0; i < scores.length; i++) scores[i] = sums[i] * (double) scale;
        return viterbi(scores, n, transitions);
    }

    /** Best label sequence: emission scores n × L, transitions (L + 1) × L with row 0 the start. */
    static int[] viterbi(double[] scores, int n, double[] trans) {
        double[] delta = new double[n * L];
        int[] back = new int[n * L];
        for (int y = 0; y < L; y++) {
            delta[y] = ALLOWED[0][y] ? scores[y] + trans[y] : Double.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < L; y++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < L; p++) {
                    if (!ALLOWED[p + 1][y]) continue;
                    double v = delta[(i - 1) * L + p] + trans[(p + 1) * L + y];
                    if (v > best) {
                        best = v;
                        arg = p;
                    }
                }
                delta[i * L + y] = best + scores[i * L + y];
                back[i * L + y] = arg;
            }
        }
        int[] out = new int[n];
        double best = Double.NEGATIVE_INFINITY;
        for (int y = 0; y < L; y++) {
            if (delta[(n - 1) * L + y] > best) {
                best = delta[(n - 1) * L + y];
                out[n - 1] = y;
            }
        }
        for (int i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]];
        return out;
    }

    /** ALLOWED[prev + 1][cur]; prev = -1 is the sentence start. */
    private static boolean[][] allowed() {
        boolean[][] a = new boolean[L + 1][L];
        for (int p = -1; p < L; p++) {
            for (int y = 0; y < L; y++) {
                String cur = LABELS.get(y);
                if (BioTags.prefix(cur) != 'I') {
                    a[p + 1][y] = true;
                } else if (p >= 0) {
                    String prev = LABELS.get(p);
                    a[p + 1][y] = BioTags.prefix(prev) != 'O' && BioTags.type(prev).equals(BioTags.type(cur));
                }
            }
        }
        return a;
    }

    // ---- persistence: gzip'd big-endian binary, keys sorted so that the same model gives the same bytes ----

    public void save(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    void write(OutputStream os) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(info.size());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(info).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeInt(L);
        for (String l : LABELS) out.writeUTF(l);
        for (double t : transitions) out.writeFloat((float) t);
        long[] keys = weights.sortedKeys();
        out.writeInt(keys.length);
        long prev = Long.MIN_VALUE;
        for (long k : keys) {
            writeVarLong(out, k - prev); // sorted keys: their gaps are smaller than the keys
            prev = k;
        }
        // Weights as 16-bit integers times one scale: rows that are mostly zero compress well.
        out.writeFloat(scale);
        for (long k : keys) {
            for (short v : weights.get(k)) out.writeShort(v);
        }
        long[] lex = features.lexicon().keys();
        out.writeInt(lex.length);
        for (long k : lex) {
            out.writeLong(k);
            out.writeByte(features.lexicon().mask(k));
        }
        long[] caps = features.capClasses().sortedKeys();
        out.writeInt(caps.length);
        for (long k : caps) {
            out.writeLong(k);
            out.writeByte(features.capClasses().get(k));
        }
        out.flush();
        gz.finish();
    }

    /** Unsigned LEB128: 7 bits a byte, low bits first. */
    private static void writeVarLong(DataOutputStream out, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return v;
        }
        throw new IOException("bad variable-length number in NER model");
    }

    static NerModel read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) throw new IOException("not a peristiwa NER model");
        int version = in.readInt();
        if (version != VERSION) throw new IOException("NER model version " + version + ", expected " + VERSION);
        Map<String, String> info = new LinkedHashMap<>();
        int ni = in.readInt();
        for (int i = 0; i < ni; i++) info.put(in.readUTF(), in.readUTF());
        int l = in.readInt();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < l; i++) labels.add(in.readUTF());
        if (!labels.equals(LABELS)) throw new IOException("NER model labels " + labels + ", expected " + LABELS);
        float[] trans = new float[(L + 1) * L];
        for (int i = 0; i < trans.length; i++) trans[i] = in.readFloat();
        int nk = in.readInt();
        long[] keys = new long[nk];
        long key = Long.MIN_VALUE;
        for (int i = 0; i < nk; i++) {
            key += readVarLong(in);
            keys[i] = key;
        }
        float scale = in.readFloat();
        WeightTable weights = new WeightTable(nk);
        short[] row = new short[L];
        for (int i = 0; i < nk; i++) {
            for (int y = 0; y < L; y++) row[y] = in.readShort();
            weights.put(keys[i], row);
        }
        NameLexicon lexicon = new NameLexicon();
        int nl = in.readInt();
        for (int i = 0; i < nl; i++) {
            long k = in.readLong();
            lexicon.put(k, in.readByte());
        }
        int nc = in.readInt();
        LongIntMap caps = new LongIntMap(nc);
        for (int i = 0; i < nc; i++) {
            long k = in.readLong();
            caps.put(k, in.readByte());
        }
        return new NerModel(new Features(lexicon, caps), weights, scale, trans, info);
    }
}
