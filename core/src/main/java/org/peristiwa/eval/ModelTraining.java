package org.peristiwa.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.peristiwa.Extractor;
import org.peristiwa.event.model.Learner;
import org.peristiwa.event.model.LinearModel;
import org.peristiwa.event.model.TrainingExample;
import org.peristiwa.ingest.InputException;
import org.peristiwa.pipeline.Pipeline;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Report;

/**
 * Trains the sub-type model on gold rows from any number of data sets (ACLED exports as CSV or API JSON, our written
 * reports) and measures it by k-fold cross-validation, per data set: every row is scored by a model that never saw
 * it, through the whole pipeline and the same metrics as {@code peristiwa eval}. Rows are streamed: only their
 * features stay in memory, and a fold's test rows while it is scored. Rare sub-types weigh more
 * ({@link #classWeights}), so that two weeks in which some sub-types hardly occur do not teach that they never do.
 */
public final class ModelTraining {

    /** One row's training example and where it came from (its data set, its row number). */
    private record Labelled(int set, int row, TrainingExample example) {}

    private final Learner learner;
    private final Extractor rulesOnly = new Extractor(Pipeline.standard(null, null, false));

    public ModelTraining(Learner learner) {
        this.learner = learner;
    }

    /** The example of one gold row: the rules pipeline's features of its main event, labelled with the gold sub-type; or null. */
    public TrainingExample example(GoldRow r) {
        String label = r.gold("sub_event_type");
        if (label.isEmpty() || label.equalsIgnoreCase(Evaluator.NONE)) return null;
        Report report = rulesOnly.extract(r.text(), null, r.publicationDate());
        EventRecord main = report.events().stream().filter(EventRecord::isAcledEvent).findFirst().orElse(null);
        if (main == null || main.features == null) return null;
        return new TrainingExample(main.features, label);
    }

    public List<TrainingExample> examples(List<GoldRow> rows) {
        List<TrainingExample> out = new ArrayList<>();
        for (GoldRow r : rows) {
            TrainingExample e = example(r);
            if (e != null) out.add(e);
        }
        return out;
    }

    /**
     * Weights that let each sub-type count more nearly alike: (n / (k · n_c))^½ for a sub-type seen n_c times among n
     * examples of k sub-types, within [0.5, 5].
     */
    public static List<TrainingExample> classWeights(List<TrainingExample> examples) {
        Map<String, Integer> counts = new HashMap<>();
        for (TrainingExample e : examples) counts.merge(e.label(), 1, Integer::sum);
        double n = examples.size(), k = counts.size();
        List<TrainingExample> out = new ArrayList<>(examples.size());
        for (TrainingExample e : examples) {
            double w = Math.max(0.5, Math.min(5, Math.sqrt(n / (k * counts.get(e.label())))));
            out.add(new TrainingExample(e.features(), e.label(), e.weight() * w));
        }
        return out;
    }

    public LinearModel train(List<TrainingExample> examples, String description) {
        return learner.train(classWeights(examples), description);
    }

    /** Trains on every row of every data set. */
    public LinearModel train(List<Path> sets, Map<String, CorpusTexts.Text> texts, String description) throws InputException {
        List<TrainingExample> all = new ArrayList<>();
        for (Labelled l : labelled(sets, texts)) all.add(l.example());
        return train(all, description);
    }

    private List<Labelled> labelled(List<Path> sets, Map<String, CorpusTexts.Text> texts) throws InputException {
        List<Labelled> out = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            int set = s;
            String[] previousDoc = {null};
            GoldReader.stream(sets.get(s), texts, r -> {
                // a report coded as several events is one text: its first row labels its main event
                if (r.docId().equals(previousDoc[0])) return;
                previousDoc[0] = r.docId();
                TrainingExample e;
                try {
                    e = example(r);
                } catch (RuntimeException bug) {
                    // a bug must not abort training: the row is left out and named
                    System.err.println("peristiwa: " + sets.get(set) + ": row " + r.row() + " (" + r.docId()
                            + "): internal error (" + bug + "); left out of training");
                    return;
                }
                if (e != null) out.add(new Labelled(set, r.row(), e));
            });
        }
        return out;
    }

    /**
     * k-fold cross-validation over all data sets together (a row's fold is its row number mod k), scored per data
     * set: each set's held-out rows by the model trained on the other folds of every set. Returns, per data set, the
     * mean metrics over the folds.
     */
    public Map<String, Object> crossValidate(List<Path> sets, Map<String, CorpusTexts.Text> texts, int k, Writer errors)
            throws InputException, IOException {
        List<Labelled> all = labelled(sets, texts);
        List<Map<String, Double>> sums = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) sums.add(new LinkedHashMap<>());
        int[] rows = new int[sets.size()];
        for (int fold = 0; fold < k; fold++) {
            List<TrainingExample> train = new ArrayList<>();
            for (Labelled l : all) if (l.row() % k != fold) train.add(l.example());
            LinearModel model = train(train, "fold " + fold);
            Evaluator evaluator = new Evaluator(new Extractor(Pipeline.standard(model, Pipeline.bundledRelevanceModel(), false)));
            for (int s = 0; s < sets.size(); s++) {
                List<GoldRow> test = new ArrayList<>();
                int f = fold;
                GoldReader.stream(sets.get(s), texts, r -> {
                    if (r.row() % k == f) test.add(r);
                });
                rows[s] += test.size();
                if (test.isEmpty()) continue;
                @SuppressWarnings("unchecked")
                Map<String, Object> metrics = (Map<String, Object>) evaluator.evaluate(test, errors).get("metrics");
                for (Map.Entry<String, Object> m : metrics.entrySet()) sums.get(s).merge(m.getKey(), ((Number) m.getValue()).doubleValue(), Double::sum);
            }
        }
        Map<String, Object> perSet = new TreeMap<>();
        for (int s = 0; s < sets.size(); s++) {
            Map<String, Object> mean = new LinkedHashMap<>();
            for (Map.Entry<String, Double> e : sums.get(s).entrySet()) mean.put(e.getKey(), Math.round(e.getValue() / k * 10000) / 10000.0);
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("rows", rows[s]);
            set.put("metrics", mean);
            perSet.put(sets.get(s).getFileName().toString(), set);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("folds", k);
        out.put("examples", all.size());
        out.put("per_set", perSet);
        return out;
    }
}
