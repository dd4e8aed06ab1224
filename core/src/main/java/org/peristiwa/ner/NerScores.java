package org.peristiwa.ner;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level scores, CoNLL convention: a predicted entity counts only when its span (first and last token)
 * and its type are exactly those of a gold entity. Partial overlaps are both a false positive and a false
 * negative.
 */
public final class NerScores {

    private final Map<String, int[]> counts = new LinkedHashMap<>(); // type -> {correct, predicted, gold}

    public NerScores() {
        for (String t : BioTags.TYPES) counts.put(t, new int[3]);
    }

    /** Adds one sentence's gold and predicted entities. */
    public void add(List<Entity> gold, List<Entity> predicted) {
        Set<Entity> goldSet = new HashSet<>(gold);
        for (Entity e : gold) counts(e.type())[2]++;
        for (Entity e : predicted) {
            int[] c = counts(e.type());
            c[1]++;
            if (goldSet.contains(e)) c[0]++;
        }
    }

    private int[] counts(String type) {
        return counts.computeIfAbsent(type, t -> new int[3]);
    }

    public int correct() { return sum(0); }
    public int predicted() { return sum(1); }
    public int gold() { return sum(2); }

    private int sum(int k) {
        int s = 0;
        for (int[] c : counts.values()) s += c[k];
        return s;
    }

    public double precision() { return ratio(correct(), predicted()); }
    public double recall() { return ratio(correct(), gold()); }
    public double f1() { return f1(precision(), recall()); }

    public double precision(String type) { int[] c = counts(type); return ratio(c[0], c[1]); }
    public double recall(String type) { int[] c = counts(type); return ratio(c[0], c[2]); }
    public double f1(String type) { return f1(precision(type), recall(type)); }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** {"f1", "precision", "recall", "per_type": {TYPE: {f1, precision, recall, support, predicted, correct}}}, 4 decimals. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("f1", round(f1()));
        out.put("precision", round(precision()));
        out.put("recall", round(recall()));
        Map<String, Object> perType = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("f1", round(f1(e.getKey())));
            m.put("precision", round(precision(e.getKey())));
            m.put("recall", round(recall(e.getKey())));
            m.put("support", c[2]);
            m.put("predicted", c[1]);
            m.put("correct", c[0]);
            perType.put(e.getKey(), m);
        }
        out.put("per_type", perType);
        out.put("gold_entities", gold());
        out.put("predicted_entities", predicted());
        out.put("correct_entities", correct());
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
