package org.peristiwa.event.model;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGradRDA;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a {@link LinearModel} with Tribuo: multinomial logistic regression ({@link LogMulticlass}) by stochastic
 * gradient descent with AdaGrad and L2 regularisation ({@link AdaGradRDA}), each example weighted (class weights
 * for rare labels, one report's many mentions counted as one). The learned weights are then written into our plain
 * TSV model, which predicts without Tribuo. Deterministic: Tribuo shuffles with a fixed seed.
 */
public final class TribuoTrainer implements Learner {

    private static final String BIAS = "BIAS";

    private final int epochs;
    private final double learningRate;
    private final double l2;
    private final int minCount;
    private final long seed;

    public TribuoTrainer(int epochs, double learningRate, double l2, int minCount, long seed) {
        this.epochs = epochs;
        this.learningRate = learningRate;
        this.l2 = l2;
        this.minCount = minCount;
        this.seed = seed;
    }

    public static TribuoTrainer standard() {
        return new TribuoTrainer(15, 0.5, 1e-4, 2, 20200509L);
    }

    @Override
    public LinearModel train(List<TrainingExample> examples, String description) {
        Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
        Map<String, Integer> counts = new HashMap<>();
        for (TrainingExample e : examples) for (String f : e.features().keySet()) counts.merge(f, 1, Integer::sum);
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance(description, factory), factory);
        for (TrainingExample e : examples) {
            ArrayExample<Label> ex = new ArrayExample<>(new Label(e.label()), (float) e.weight());
            for (Map.Entry<String, Double> f : e.features().entrySet()) {
                if (counts.get(f.getKey()) >= minCount && f.getValue() != 0) ex.add(safe(f.getKey()), f.getValue());
            }
            if (ex.size() == 0) ex.add("<none>", 1.0);
            data.add(ex);
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(),
                new AdaGradRDA(learningRate, 1e-6, 0, l2, data.size()), epochs, Math.max(1, data.size() * epochs), 1, seed);
        Model<Label> trained = trainer.train(data);
        return toLinearModel((LinearSGDModel) trained, description);
    }

    /** Tribuo's weights, label by label, as our model; the features keep their names. */
    private static LinearModel toLinearModel(LinearSGDModel model, String description) {
        List<String> labels = new ArrayList<>(new TreeSet<>(model.getOutputIDInfo().getDomain().stream().map(Label::getLabel).toList()));
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < labels.size(); k++) index.put(labels.get(k), k);
        Map<String, float[]> weights = new HashMap<>();
        float[] bias = new float[labels.size()];
        for (Map.Entry<String, List<Pair<String, Double>>> e : model.getTopFeatures(-1).entrySet()) {
            Integer k = index.get(e.getKey());
            if (k == null) continue;
            for (Pair<String, Double> fw : e.getValue()) {
                if (fw.getA().equals(BIAS)) {
                    bias[k] = fw.getB().floatValue();
                } else {
                    weights.computeIfAbsent(unsafe(fw.getA()), f -> new float[labels.size()])[k] = fw.getB().floatValue();
                }
            }
        }
        return new LinearModel(labels, weights, bias, description);
    }

    /** Tribuo names its bias feature BIAS: a feature of ours with that name is kept apart. */
    private static String safe(String feature) {
        return feature.equals(BIAS) ? "\u0000" + BIAS : feature;
    }

    private static String unsafe(String feature) {
        return feature.equals("\u0000" + BIAS) ? BIAS : feature;
    }
}
