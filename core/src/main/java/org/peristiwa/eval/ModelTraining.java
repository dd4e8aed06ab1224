package org.peristiwa.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peristiwa.Extractor;
import org.peristiwa.event.model.LinearModel;
import org.peristiwa.event.model.Trainer;
import org.peristiwa.pipeline.Pipeline;
import org.peristiwa.record.EventRecord;
import org.peristiwa.report.Report;

/**
 * Trains the sub-type model on gold rows (ACLED notes with their coded sub-event type) and measures it by k-fold
 * cross-validation: every row is scored by a model that never saw it, through the whole pipeline and the same
 * metrics as {@code peristiwa eval}.
 */
public final class ModelTraining {

    private final Trainer trainer;

    public ModelTraining(Trainer trainer) {
        this.trainer = trainer;
    }

    /** Training examples: the rule pipeline's features for each row's main event, labelled with the gold sub-type. */
    public List<Trainer.Example> examples(List<GoldRow> rows) {
        Extractor rulesOnly = new Extractor(Pipeline.standard(null));
        List<Trainer.Example> out = new ArrayList<>();
        for (GoldRow r : rows) {
            String label = r.gold("sub_event_type");
            if (label.isEmpty() || label.equalsIgnoreCase(Evaluator.NONE)) continue;
            Report report = rulesOnly.extract(r.text(), null, r.publicationDate());
            EventRecord main = report.events().stream().filter(EventRecord::isAcledEvent).findFirst().orElse(null);
            if (main == null || main.features == null) continue;
            out.add(new Trainer.Example(main.features, label));
        }
        return out;
    }

    public LinearModel train(List<GoldRow> rows, String description) {
        return trainer.train(examples(rows), description);
    }

    /** k-fold cross-validation; fold of row i is i mod k. Returns the metrics of each fold and their mean. */
    public Map<String, Object> crossValidate(List<GoldRow> rows, int k) throws IOException {
        return crossValidate(rows, k, null);
    }

    /** As {@link #crossValidate(List, int)}, writing each mismatch (scored by a model that never saw the row) to {@code errors}. */
    public Map<String, Object> crossValidate(List<GoldRow> rows, int k, java.io.Writer errors) throws IOException {
        List<Map<String, Object>> folds = new ArrayList<>();
        Map<String, Double> sums = new LinkedHashMap<>();
        for (int fold = 0; fold < k; fold++) {
            List<GoldRow> train = new ArrayList<>(), test = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) (i % k == fold ? test : train).add(rows.get(i));
            LinearModel model = train(train, "fold " + fold);
            Map<String, Object> result = new Evaluator(new Extractor(Pipeline.standard(model))).evaluate(test, errors);
            @SuppressWarnings("unchecked")
            Map<String, Object> metrics = (Map<String, Object>) result.get("metrics");
            for (Map.Entry<String, Object> m : metrics.entrySet()) sums.merge(m.getKey(), ((Number) m.getValue()).doubleValue(), Double::sum);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("fold", fold);
            f.put("train_rows", train.size());
            f.put("test_rows", test.size());
            f.put("metrics", metrics);
            folds.add(f);
        }
        Map<String, Object> mean = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : sums.entrySet()) mean.put(e.getKey(), Math.round(e.getValue() / k * 10000) / 10000.0);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows.size());
        out.put("folds", k);
        out.put("metrics", mean);
        out.put("per_fold", folds);
        return out;
    }
}
