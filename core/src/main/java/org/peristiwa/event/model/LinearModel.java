package org.peristiwa.event.model;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A multinomial logistic-regression model over named sparse features. Small and transparent on purpose: the
 * weights are a plain TSV ({@code feature  label  weight}), and {@link #explain} names the features that
 * pushed a decision, so that the evidence of a model-made value says why.
 */
public final class LinearModel {

    /** A feature that counted for (or against) a label, and by how much. */
    public record Contribution(String feature, double weight) {}

    /** The scores of every label for one input, best first. */
    public record Prediction(String label, double probability, List<Contribution> top) {}

    private final List<String> labels;
    private final Map<String, float[]> weights;
    private final float[] bias;
    private final String description;

    public LinearModel(List<String> labels, Map<String, float[]> weights, float[] bias, String description) {
        this.labels = List.copyOf(labels);
        this.weights = weights;
        this.bias = bias;
        this.description = description;
    }

    public List<String> labels() {
        return labels;
    }

    public String description() {
        return description;
    }

    /** The label scores of some features, before the softmax; with or without the bias (to add up parts of one input). */
    public double[] logits(Map<String, Double> features, boolean withBias) {
        double[] z = new double[labels.size()];
        if (withBias) for (int k = 0; k < z.length; k++) z[k] = bias[k];
        for (Map.Entry<String, Double> f : features.entrySet()) {
            float[] w = weights.get(f.getKey());
            if (w == null) continue;
            for (int k = 0; k < z.length; k++) z[k] += w[k] * f.getValue();
        }
        return z;
    }

    /** Probabilities from label scores (see {@link #logits}). */
    public static double[] probabilitiesOf(double[] logits) {
        return softmax(logits);
    }

    public double[] probabilities(Map<String, Double> features) {
        double[] z = new double[labels.size()];
        for (int k = 0; k < z.length; k++) z[k] = bias[k];
        for (Map.Entry<String, Double> f : features.entrySet()) {
            float[] w = weights.get(f.getKey());
            if (w == null) continue;
            for (int k = 0; k < z.length; k++) z[k] += w[k] * f.getValue();
        }
        return softmax(z);
    }

    /** The best label, its probability, and the {@code n} features that raised it most over the runner-up. */
    public Prediction predict(Map<String, Double> features, int n) {
        double[] p = probabilities(features);
        int best = 0, second = -1;
        for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
        for (int k = 0; k < p.length; k++) if (k != best && (second < 0 || p[k] > p[second])) second = k;
        return new Prediction(labels.get(best), p[best], explain(features, best, second, n));
    }

    List<Contribution> explain(Map<String, Double> features, int label, int against, int n) {
        List<Contribution> all = new ArrayList<>();
        for (Map.Entry<String, Double> f : features.entrySet()) {
            float[] w = weights.get(f.getKey());
            if (w == null) continue;
            double c = (w[label] - (against >= 0 ? w[against] : 0)) * f.getValue();
            if (c > 0) all.add(new Contribution(f.getKey(), Math.round(c * 100) / 100.0));
        }
        all.sort((a, b) -> a.weight() != b.weight() ? Double.compare(b.weight(), a.weight()) : a.feature().compareTo(b.feature()));
        return all.subList(0, Math.min(n, all.size()));
    }

    static double[] softmax(double[] z) {
        double max = Arrays.stream(z).max().orElse(0);
        double sum = 0;
        double[] p = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) p[k] /= sum;
        return p;
    }

    // ---- persistence: a TSV that a person can read ------------------------------------------------------

    public void write(OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write("# " + description.replace('\n', ' ') + "\n");
        w.write("#labels\t" + String.join("\t", labels) + "\n");
        w.write("#bias");
        for (float b : bias) w.write("\t" + fmt(b));
        w.write("\n");
        List<String> names = new ArrayList<>(weights.keySet());
        names.sort(null);
        for (String f : names) {
            float[] v = weights.get(f);
            StringBuilder line = new StringBuilder(f);
            boolean any = false;
            for (int k = 0; k < v.length; k++) {
                if (Math.abs(v[k]) < 1e-3) continue;
                line.append('\t').append(k).append(':').append(fmt(v[k]));
                any = true;
            }
            if (any) w.write(line.append('\n').toString());
        }
        w.flush();
    }

    public static LinearModel read(InputStream in, String name) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String description = "";
        List<String> labels = null;
        float[] bias = null;
        Map<String, float[]> weights = new HashMap<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.startsWith("#labels\t")) {
                labels = List.of(line.substring(8).split("\t"));
            } else if (line.startsWith("#bias")) {
                String[] p = line.split("\t");
                bias = new float[p.length - 1];
                for (int k = 1; k < p.length; k++) bias[k - 1] = Float.parseFloat(p[k]);
            } else if (line.startsWith("# ")) {
                if (description.isEmpty()) description = line.substring(2);
            } else if (!line.isBlank()) {
                if (labels == null) throw new IOException(name + ":" + n + ": weights before the #labels line");
                String[] p = line.split("\t");
                float[] v = new float[labels.size()];
                for (int k = 1; k < p.length; k++) {
                    int colon = p[k].indexOf(':');
                    if (colon < 0) throw new IOException(name + ":" + n + ": expected label:weight, found '" + p[k] + "'");
                    v[Integer.parseInt(p[k].substring(0, colon))] = Float.parseFloat(p[k].substring(colon + 1));
                }
                weights.put(p[0], v);
            }
        }
        if (labels == null || bias == null || bias.length != labels.size()) throw new IOException(name + ": missing #labels or #bias line");
        return new LinearModel(labels, weights, bias, description);
    }

    private static String fmt(float f) {
        return String.format(Locale.ROOT, "%.4f", f);
    }
}
