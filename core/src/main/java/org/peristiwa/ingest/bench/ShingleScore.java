package org.peristiwa.ingest.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's score for one page: 4-token shingles of the truth and the prediction,
 * compared as multisets, with TP/FP/FN normalised so every page weighs the same (see the benchmark's METRIC.md).
 */
public final class ShingleScore {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** One page's normalised counts and whether the token lists are equal. */
    public record Page(double tp, double fp, double fn, boolean exact) {

        /** 1 if nothing is wrong, 0 if nothing was predicted right, else TP / (TP + FP); null when undefined. */
        public Double precision() {
            if (tp + fp == 0) return null;
            if (fp == 0 && fn == 0) return 1.0;
            if (tp == 0 && fp == 0) return 0.0;
            return tp / (tp + fp);
        }

        public Double recall() {
            if (tp + fn == 0) return null;
            if (fp == 0 && fn == 0) return 1.0;
            if (tp == 0 && fn == 0) return 0.0;
            return tp / (tp + fn);
        }
    }

    private ShingleScore() {}

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) out.add(m.group());
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        int n = tokens.size();
        if (n == 0) return out;
        int starts = Math.max(1, n - 3);
        for (int i = 0; i < starts; i++) {
            out.merge(List.copyOf(tokens.subList(i, Math.min(n, i + 4))), 1, Integer::sum);
        }
        return out;
    }

    public static Page score(String truth, String prediction) {
        List<String> t = tokens(truth), p = tokens(prediction);
        Map<List<String>, Integer> ts = shingles(t), ps = shingles(p);
        Set<List<String>> keys = new HashSet<>(ts.keySet());
        keys.addAll(ps.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> k : keys) {
            int a = ts.getOrDefault(k, 0), b = ps.getOrDefault(k, 0);
            tp += Math.min(a, b);
            fp += Math.max(0, b - a);
            fn += Math.max(0, a - b);
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new Page(tp, fp, fn, t.equals(p));
    }

    /** Corpus precision, recall, F1 (of the two means) and accuracy. */
    public record Corpus(int pages, double precision, double recall, double f1, double accuracy) {}

    public static Corpus corpus(List<Page> pages) {
        double ps = 0, rs = 0;
        int pn = 0, rn = 0, exact = 0;
        for (Page pg : pages) {
            Double p = pg.precision(), r = pg.recall();
            if (p != null) { ps += p; pn++; }
            if (r != null) { rs += r; rn++; }
            if (pg.exact()) exact++;
        }
        double p = pn == 0 ? 0 : ps / pn, r = rn == 0 ? 0 : rs / rn;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Corpus(pages.size(), p, r, f1, pages.isEmpty() ? 0 : (double) exact / pages.size());
    }
}
