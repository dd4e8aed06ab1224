package org.peristiwa.event.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains a {@link LinearModel} by stochastic gradient descent on the (example-weighted) multinomial log-loss with L2
 * regularisation. Deterministic: a fixed seed orders the examples, so the same data gives the same model.
 */
public final class Trainer implements Learner {

    private final int epochs;
    private final double learningRate;
    private final double l2;
    private final int minCount;
    private final long seed;

    public Trainer(int epochs, double learningRate, double l2, int minCount, long seed) {
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.l2 = l2;
        this.minCount = minCount;
        this.seed = seed;
    }

    public static Trainer standard() {
        return new Trainer(20, 0.2, 1e-3, 2, 20200509L);
    }

    @Override
    public LinearModel train(List<TrainingExample> examples, String description) {
        List<String> labels = new ArrayList<>(new TreeSet<>(examples.stream().map(TrainingExample::label).toList()));
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int k = 0; k < labels.size(); k++) labelIndex.put(labels.get(k), k);
        Map<String, Integer> counts = new TreeMap<>();
        for (TrainingExample e : examples) for (String f : e.features().keySet()) counts.merge(f, 1, Integer::sum);
        Map<String, float[]> w = new HashMap<>();
        for (Map.Entry<String, Integer> c : counts.entrySet()) if (c.getValue() >= minCount) w.put(c.getKey(), new float[labels.size()]);
        float[] bias = new float[labels.size()];
        List<TrainingExample> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        LinearModel model = new LinearModel(labels, w, bias, description);
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            double rate = learningRate / (1 + epoch * 0.5);
            for (TrainingExample e : order) {
                double[] p = model.probabilities(e.features());
                int gold = labelIndex.get(e.label());
                for (int k = 0; k < p.length; k++) {
                    double g = (p[k] - (k == gold ? 1 : 0)) * e.weight();
                    bias[k] -= (float) (rate * g);
                    for (Map.Entry<String, Double> f : e.features().entrySet()) {
                        float[] v = w.get(f.getKey());
                        if (v == null) continue;
                        v[k] -= (float) (rate * (g * f.getValue() + l2 * v[k]));
                    }
                }
            }
        }
        return model;
    }
}
