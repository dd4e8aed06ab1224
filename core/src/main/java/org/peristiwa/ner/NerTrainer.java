package org.peristiwa.ner;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link NerModel}: a structured averaged perceptron (Collins 2002) with first-order BIO transitions
 * and Viterbi decoding. Deterministic: sentences are visited in an order drawn from a fixed seed, and the
 * same data, options and seed give the same model, byte for byte.
 *
 * <p>The name lexicon is built from the training entities (and from any lexicon-only files). While training,
 * each sentence sees a lexicon built without its own fold ({@code folds}-fold jackknife), so that the model
 * learns how far a lexicon hit can be trusted on names it has not seen, instead of trusting it always.
 */
public final class NerTrainer {

    /** Training options. {@code epochs} passes, visiting order from {@code seed}, {@code folds} for the lexicon. */
    public record Options(int epochs, long seed, int folds, int targetRepeats, double prune) {
        public Options(int epochs, long seed, int folds) {
            this(epochs, seed, folds, 1, 1e-4);
        }

        public static Options defaults() {
            return new Options(12, 20240601L, 10, 1, 1.0);
        }
    }

    private final Options options;
    private final PrintStream log;

    public NerTrainer(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /**
     * Trains on {@code train}; entities of {@code lexiconOnly} sentences only feed the name lexicon. When
     * {@code dev} is non-empty, the averaged model's dev score is logged after each epoch (for tuning; it
     * does not change the model).
     */
    public NerModel train(List<ConllSentence> train, List<ConllSentence> lexiconOnly, List<ConllSentence> dev,
                          Map<String, String> info) {
        return train(train, List.of(), lexiconOnly, dev, info);
    }

    /**
     * Trains on the target data {@code train} and auxiliary data sets {@code aux} (other corpora, other
     * annotation conventions). With auxiliary data each feature also fires in a copy specific to its data set
     * (domain 0 is the target, aux set i is domain i + 1), so that the shared weights learn what the corpora
     * agree on and the copies what is particular to each; the model decodes with the shared and target weights.
     */
    public NerModel train(List<ConllSentence> targetTrain, List<List<ConllSentence>> aux, List<ConllSentence> lexiconOnly,
                          List<ConllSentence> dev, Map<String, String> infoIn) {
        boolean adapted = !aux.isEmpty();
        List<ConllSentence> train = new ArrayList<>(targetTrain);
        List<Integer> domains = new ArrayList<>();
        for (int i = 0; i < targetTrain.size(); i++) domains.add(0);
        for (int a = 0; a < aux.size(); a++) {
            train.addAll(aux.get(a));
            for (int i = 0; i < aux.get(a).size(); i++) domains.add(a + 1);
        }
        Map<String, String> info = new LinkedHashMap<>(infoIn);
        info.put("domain_adapted", Boolean.toString(adapted));
        long t0 = System.nanoTime();
        int k = Math.max(1, options.folds());
        List<ConllSentence> cased = train.stream().filter(NerTrainer::hasUpperCase).toList();
        LongIntMap caps = Features.capClasses(cased);
        NameLexicon full = new NameLexicon();
        for (ConllSentence s : train) full.addAll(s);
        for (ConllSentence s : lexiconOnly) full.addAll(s);
        NameLexicon[] foldLex = new NameLexicon[k];
        for (int f = 0; f < k; f++) {
            if (k == 1) {
                foldLex[f] = full;
                continue;
            }
            NameLexicon lex = new NameLexicon();
            for (int i = 0; i < train.size(); i++) if (i % k != f) lex.addAll(train.get(i));
            for (ConllSentence s : lexiconOnly) lex.addAll(s);
            foldLex[f] = lex;
        }
        Features features = new Features(full, caps);

        // Features of each training sentence, as row indices.
        LongIntMap index = new LongIntMap(1 << 16);
        // The shared features (the others are copies specific to one data set).
        BitSet shared = new BitSet();
        int[][][] x = new int[train.size()][][];
        int[][] y = new int[train.size()][];
        for (int s = 0; s < train.size(); s++) {
            ConllSentence sent = train.get(s);
            long[][] f = features.extract(sent.tokens(), foldLex[s % k]);
            x[s] = new int[f.length][];
            y[s] = new int[f.length];
            int domain = domains.get(s);
            for (int i = 0; i < f.length; i++) {
                int m = f[i].length;
                x[s][i] = new int[adapted ? 2 * m : m];
                for (int j = 0; j < m; j++) {
                    x[s][i][j] = index.getOrPut(f[i][j], index.size());
                    shared.set(x[s][i][j]);
                    if (adapted) {
                        long h = Features.inDomain(f[i][j], domain);
                        x[s][i][m + j] = index.getOrPut(h, index.size());
                    }
                }
                int label = NerModel.LABELS.indexOf(sent.tags().get(i));
                if (label < 0) throw new IllegalArgumentException("unknown tag " + sent.tags().get(i));
                y[s][i] = label;
            }
            fixBio(y[s]);
        }
        int nf = index.size();
        int L = NerModel.L;
        double[] w = new double[nf * L], u = new double[nf * L];
        double[] t = new double[(L + 1) * L], tu = new double[(L + 1) * L];
        long c = 1;
        // Each epoch visits every auxiliary sentence once and every target sentence targetRepeats times.
        int repeats = Math.max(1, options.targetRepeats());
        int[] order = new int[train.size() + (repeats - 1) * targetTrain.size()];
        for (int i = 0; i < order.length; i++) order[i] = i < train.size() ? i : (i - train.size()) % targetTrain.size();
        Random rnd = new Random(options.seed());
        log("features %d, lexicon names %d, sentences %d%n", nf, full.size(), train.size());
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            int errors = 0, tokens = 0;
            for (int s : order) {
                int[][] xs = x[s];
                int n = xs.length;
                if (n == 0) continue;
                double[] scores = new double[n * L];
                for (int i = 0; i < n; i++) {
                    for (int r : xs[i]) {
                        int base = r * L;
                        for (int l = 0; l < L; l++) scores[i * L + l] += w[base + l];
                    }
                }
                int[] pred = NerModel.viterbi(scores, n, t);
                int[] gold = y[s];
                tokens += n;
                for (int i = 0; i < n; i++) {
                    int g = gold[i], p = pred[i];
                    if (g != p) {
                        errors++;
                        for (int r : xs[i]) {
                            w[r * L + g] += 1;
                            u[r * L + g] += c;
                            w[r * L + p] -= 1;
                            u[r * L + p] -= c;
                        }
                    }
                    int gp = i == 0 ? 0 : gold[i - 1] + 1, pp = i == 0 ? 0 : pred[i - 1] + 1;
                    if (g != p || gp != pp) {
                        t[gp * L + g] += 1;
                        tu[gp * L + g] += c;
                        t[pp * L + p] -= 1;
                        tu[pp * L + p] -= c;
                    }
                }
                c++;
            }
            log("epoch %d: token errors %d/%d%s%n", epoch, errors, tokens,
                    dev.isEmpty() ? "" : ", dev " + devScore(features, index, shared, w, u, t, tu, c, dev, adapted));
        }
        NerModel model = build(features, index, shared, w, u, t, tu, c, info(targetTrain, aux, lexiconOnly, info));
        log("kept %d of %d features, %.1f s%n", model.featureCount(), nf, (System.nanoTime() - t0) / 1e9);
        return model;
    }

    private Map<String, String> info(List<ConllSentence> train, List<List<ConllSentence>> aux,
                                     List<ConllSentence> lexiconOnly, Map<String, String> extra) {
        Map<String, String> info = new LinkedHashMap<>(extra);
        info.put("algorithm", "averaged structured perceptron, BIO, first-order Viterbi");
        info.put("epochs", Integer.toString(options.epochs()));
        info.put("seed", Long.toString(options.seed()));
        info.put("folds", Integer.toString(options.folds()));
        info.put("target_repeats", Integer.toString(options.targetRepeats()));
        info.put("prune", Double.toString(options.prune()));
        info.put("train_sentences", Integer.toString(train.size()));
        info.put("aux_sentences", Integer.toString(aux.stream().mapToInt(List::size).sum()));
        info.put("lexicon_only_sentences", Integer.toString(lexiconOnly.size()));
        return info;
    }

    private String devScore(Features features, LongIntMap index, BitSet shared, double[] w, double[] u, double[] t, double[] tu,
                            long c, List<ConllSentence> dev, boolean adapted) {
        NerModel m = build(features, index, shared, w, u, t, tu, c, Map.of("domain_adapted", Boolean.toString(adapted)));
        NerScores sc = new NerScores();
        for (ConllSentence s : dev) sc.add(s.entities(), m.entities(s.tokens()));
        return String.format("P %.4f R %.4f F1 %.4f (PER %.4f ORG %.4f LOC %.4f)", sc.precision(), sc.recall(), sc.f1(),
                sc.f1("PER"), sc.f1("ORG"), sc.f1("LOC"));
    }

    /**
     * The averaged model. It decodes with the shared weights plus the target data set's copies, so each kept
     * feature's row is the sum of the two (the auxiliary data sets' copies are left out); features whose summed
     * weights all stay below {@code prune} in magnitude are dropped.
     */
    private NerModel build(Features features, LongIntMap index, BitSet shared, double[] w, double[] u, double[] t,
                           double[] tu, long c, Map<String, String> info) {
        int L = NerModel.L;
        long[] keys = index.sortedKeys();
        long[] keptKeys = new long[keys.length];
        List<float[]> kept = new ArrayList<>();
        boolean adapted = "true".equals(info.get("domain_adapted"));
        for (long key : keys) {
            int r = index.get(key);
            if (!shared.get(r)) continue;
            int r0 = adapted ? index.get(Features.inDomain(key, 0)) : -1;
            float[] avg = new float[L];
            boolean any = false;
            for (int l = 0; l < L; l++) {
                double v = w[r * L + l] - u[r * L + l] / c;
                if (r0 >= 0) v += w[r0 * L + l] - u[r0 * L + l] / c;
                avg[l] = (float) v;
                if (Math.abs(avg[l]) > options.prune()) any = true;
            }
            if (!any) continue;
            keptKeys[kept.size()] = key;
            kept.add(avg);
        }
        // 16-bit weights times one scale: the model decodes (and is saved) with these.
        float max = 0;
        for (float[] row : kept) for (float v : row) max = Math.max(max, Math.abs(v));
        float scale = max == 0 ? 1 : max / Short.MAX_VALUE;
        WeightTable table = new WeightTable(kept.size());
        short[] q = new short[L];
        for (int i = 0; i < kept.size(); i++) {
            for (int l = 0; l < L; l++) q[l] = (short) Math.round(kept.get(i)[l] / scale);
            table.put(keptKeys[i], q);
        }
        float[] trans = new float[t.length];
        for (int i = 0; i < t.length; i++) trans[i] = (float) (t[i] - tu[i] / c);
        return new NerModel(features, table, scale, trans, info);
    }

    /** Repairs IOB1-style stray I- tags in gold data into B- so that the gold sequence is decodable. */
    private static void fixBio(int[] labels) {
        for (int i = 0; i < labels.length; i++) {
            String tag = NerModel.LABELS.get(labels[i]);
            if (BioTags.prefix(tag) != 'I') continue;
            String prev = i == 0 ? "O" : NerModel.LABELS.get(labels[i - 1]);
            if (BioTags.prefix(prev) == 'O' || !BioTags.type(prev).equals(BioTags.type(tag))) {
                labels[i] = NerModel.LABELS.indexOf("B-" + BioTags.type(tag));
            }
        }
    }

    private static boolean hasUpperCase(ConllSentence s) {
        for (String t : s.tokens()) {
            for (int i = 0; i < t.length(); i++) if (Character.isUpperCase(t.charAt(i))) return true;
        }
        return false;
    }

    private void log(String format, Object... args) {
        if (log != null) log.printf(format, args);
    }
}
