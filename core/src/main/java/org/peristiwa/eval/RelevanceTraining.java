package org.peristiwa.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.peristiwa.Extractor;
import org.peristiwa.event.EventMention;
import org.peristiwa.event.model.Learner;
import org.peristiwa.event.model.LinearModel;
import org.peristiwa.event.model.TrainingExample;
import org.peristiwa.event.relevance.RelevanceFeatures;
import org.peristiwa.pipeline.Pipeline;
import org.peristiwa.report.Report;

/**
 * Trains the relevance model — does a report tell of conflict at all? — on texts labelled as a whole: ACLED notes
 * and written conflict reports as conflict, ordinary news (by its own section label) and written ordinary texts as
 * not. Every trigger of a text is one example with the text's label; a text counts once whatever the number of its
 * triggers, and each side counts as much as the other. Cross-validation scores whole texts, each by a model that
 * never saw it, and says how well calibrated the probabilities are.
 */
public final class RelevanceTraining {

    /** A text labelled as a whole; {@code group} names where it came from, for per-source scores. */
    public record LabelledText(String id, String text, java.time.LocalDate published, boolean conflict, String group) {}

    static final String CONFLICT = "conflict", OTHER = "other";

    private final Learner learner;
    private final Extractor untriaged = new Extractor(Pipeline.standard(null, null, false));
    private final RelevanceFeatures features = RelevanceFeatures.standard();

    public RelevanceTraining(Learner learner) {
        this.learner = learner;
    }

    /** The texts of gold rows: a report is conflict when any of its rows has an event type other than NONE. */
    public static List<LabelledText> fromGold(List<GoldRow> rows, String group) {
        Map<String, List<GoldRow>> docs = new LinkedHashMap<>();
        for (GoldRow r : rows) docs.computeIfAbsent(r.docId(), k -> new ArrayList<>()).add(r);
        List<LabelledText> out = new ArrayList<>();
        for (List<GoldRow> doc : docs.values()) {
            boolean typed = doc.stream().anyMatch(r -> !r.gold("event_type").isEmpty());
            if (!typed) continue;
            boolean conflict = doc.stream().anyMatch(r -> !r.gold("event_type").isEmpty() && !r.gold("event_type").equalsIgnoreCase(Evaluator.NONE));
            GoldRow first = doc.get(0);
            out.add(new LabelledText(first.docId(), first.text(), first.publicationDate(), conflict, group));
        }
        return out;
    }

    /**
     * One text's triggers as examples, each weighing 1/n of the text. Only triggers of acts reported as having
     * happened: a text is labelled by the acts it reports, and a threat or a recalled attack in an ordinary text
     * still names an act of conflict.
     */
    List<TrainingExample> examples(LabelledText t) {
        Report report = untriaged.extract(t.text(), t.id(), t.published());
        List<EventMention> mentions = report.eventMentions().stream().filter(m -> m.modality().isAcledEvent()).toList();
        List<TrainingExample> out = new ArrayList<>();
        if (mentions.isEmpty()) return out;
        RelevanceFeatures.Context ctx = features.context(report);
        for (EventMention m : mentions) {
            out.add(new TrainingExample(features.of(report, ctx, m), t.conflict() ? CONFLICT : OTHER, 1.0 / mentions.size()));
        }
        return out;
    }

    /** The examples of all texts, each side weighted to count as much as the other. */
    List<TrainingExample> examples(List<LabelledText> texts) {
        List<List<TrainingExample>> perText = new ArrayList<>();
        double pos = 0, neg = 0;
        for (LabelledText t : texts) {
            List<TrainingExample> ex;
            try {
                ex = examples(t);
            } catch (RuntimeException bug) {
                // a bug must not abort training: the text is left out and named
                System.err.println("peristiwa: " + t.group() + " " + t.id() + ": internal error (" + bug + "); left out of training");
                continue;
            }
            if (ex.isEmpty()) continue;
            perText.add(ex);
            if (t.conflict()) pos++;
            else neg++;
        }
        double wPos = (pos + neg) / (2 * Math.max(1, pos)), wNeg = (pos + neg) / (2 * Math.max(1, neg));
        List<TrainingExample> out = new ArrayList<>();
        for (List<TrainingExample> ex : perText) {
            for (TrainingExample e : ex) {
                out.add(new TrainingExample(e.features(), e.label(), e.weight() * (e.label().equals(CONFLICT) ? wPos : wNeg)));
            }
        }
        return out;
    }

    public LinearModel train(List<LabelledText> texts, String description) {
        return learner.train(examples(texts), description);
    }

    /** The probability that a text tells of conflict: that of its most conflict-like trigger (0 without any). */
    double probability(LinearModel model, LabelledText t) {
        Report report = untriaged.extract(t.text(), t.id(), t.published());
        if (report.eventMentions().isEmpty()) return 0;
        RelevanceFeatures.Context ctx = features.context(report);
        int k = model.labels().indexOf(CONFLICT);
        double best = 0;
        for (EventMention m : report.eventMentions()) best = Math.max(best, model.probabilities(features.of(report, ctx, m))[k]);
        return best;
    }

    /**
     * k-fold cross-validation over texts (fold of text i is i mod k): accuracy, precision and recall of the
     * conflict side at {@code threshold}, per source group, and a reliability table (predicted against observed).
     */
    public Map<String, Object> crossValidate(List<LabelledText> texts, int k, double threshold) {
        double[] p = new double[texts.size()];
        for (int fold = 0; fold < k; fold++) {
            List<LabelledText> train = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) if (i % k != fold) train.add(texts.get(i));
            LinearModel model = train(train, "fold " + fold);
            for (int i = fold; i < texts.size(); i += k) p[i] = probability(model, texts.get(i));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("texts", texts.size());
        out.put("folds", k);
        out.put("threshold", threshold);
        out.put("overall", score(texts, p, threshold, null));
        Map<String, Object> groups = new TreeMap<>();
        for (LabelledText t : texts) groups.computeIfAbsent(t.group(), g -> score(texts, p, threshold, g));
        out.put("per_group", groups);
        out.put("calibration", calibration(texts, p));
        return out;
    }

    private static Map<String, Object> score(List<LabelledText> texts, double[] p, double threshold, String group) {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (int i = 0; i < texts.size(); i++) {
            LabelledText t = texts.get(i);
            if (group != null && !group.equals(t.group())) continue;
            boolean said = p[i] >= threshold;
            if (said && t.conflict()) tp++;
            else if (said) fp++;
            else if (t.conflict()) fn++;
            else tn++;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("texts", tp + fp + tn + fn);
        m.put("conflict_texts", tp + fn);
        m.put("accuracy", round((tp + tn) / (double) Math.max(1, tp + fp + tn + fn)));
        if (tp + fn > 0) m.put("recall", round(tp / (double) (tp + fn)));
        if (tp + fp > 0) m.put("precision", round(tp / (double) (tp + fp)));
        if (tn + fp > 0) m.put("false_positive_rate", round(fp / (double) (tn + fp)));
        return m;
    }

    /** Ten bins of predicted probability: how many texts, their mean prediction, the share that is conflict; and the ECE. */
    private static Map<String, Object> calibration(List<LabelledText> texts, double[] p) {
        int[] n = new int[10];
        double[] sumP = new double[10], sumY = new double[10];
        for (int i = 0; i < texts.size(); i++) {
            int b = Math.min(9, (int) (p[i] * 10));
            n[b]++;
            sumP[b] += p[i];
            sumY[b] += texts.get(i).conflict() ? 1 : 0;
        }
        List<Map<String, Object>> bins = new ArrayList<>();
        double ece = 0;
        for (int b = 0; b < 10; b++) {
            if (n[b] == 0) continue;
            Map<String, Object> bin = new LinkedHashMap<>();
            bin.put("bin", String.format(java.util.Locale.ROOT, "%.1f-%.1f", b / 10.0, (b + 1) / 10.0));
            bin.put("texts", n[b]);
            bin.put("mean_predicted", round(sumP[b] / n[b]));
            bin.put("observed_conflict", round(sumY[b] / n[b]));
            bins.add(bin);
            ece += n[b] / (double) texts.size() * Math.abs(sumP[b] / n[b] - sumY[b] / n[b]);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("expected_calibration_error", round(ece));
        out.put("bins", bins);
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
