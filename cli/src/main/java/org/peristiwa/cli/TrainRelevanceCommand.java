package org.peristiwa.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.peristiwa.eval.CorpusTexts;
import org.peristiwa.eval.GoldReader;
import org.peristiwa.eval.RelevanceTraining;
import org.peristiwa.event.model.Learner;
import org.peristiwa.event.model.LinearModel;
import org.peristiwa.event.model.Trainer;
import org.peristiwa.event.model.TribuoTrainer;
import org.peristiwa.ingest.InputException;
import org.peristiwa.pipeline.Pipeline;
import org.peristiwa.record.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-relevance", mixinStandardHelpOptions = true,
        description = {"Trains the relevance model (does a report tell of conflict at all?) and writes it.",
                "Conflict texts: gold rows with an event type (ACLED notes, written reports); ordinary texts: gold rows",
                "typed NONE and the articles of a corpus whose section label is one of --negative-categories.",
                "With --folds K, first prints K-fold cross-validated scores per source and a calibration table."})
final class TrainRelevanceCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "FILE.csv", description = "Gold CSV(s): a text is conflict when it has an event type other than NONE.")
    List<Path> gold = new ArrayList<>();

    @Option(names = "--texts", paramLabel = "FILE.jsonl", description = "Texts for labels-only gold CSVs (doc_id = id), kept outside the repository.")
    Path textsFile;

    @Option(names = "--corpus", paramLabel = "FILE.jsonl", description = "A corpus with section labels (id, text, published, category).")
    Path corpus;

    @Option(names = "--negative-categories", split = ",", paramLabel = "CAT", description = "Corpus sections that hold no conflict news (e.g. olahraga,showbiz,hiburan,teknologi).")
    List<String> negativeCategories = new ArrayList<>();

    @Option(names = "--corpus-half", paramLabel = "even|all", description = "Train on the corpus articles whose id hashes even (the odd half stays out to measure on), or on all (default: ${DEFAULT-VALUE}).")
    String corpusHalf = "even";

    @Option(names = "--exclude", paramLabel = "FILE.csv", description = "CSV(s) whose doc_id column names texts to keep out of training (evaluation sets).")
    List<Path> exclude = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("core/src/main/resources/peristiwa/model/relevance.tsv");

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validate with K folds first (0: skip).")
    int folds = 0;

    @Option(names = "--learner", description = "tribuo or sgd (default: ${DEFAULT-VALUE}).")
    String learner = "sgd";

    @Option(names = "--epochs", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs = 20;

    @Option(names = "--rate", description = "Initial learning rate (default: ${DEFAULT-VALUE}).")
    double rate = 0.2;

    @Option(names = "--l2", description = "L2 regularisation (default: ${DEFAULT-VALUE}).")
    double l2 = 1e-3;

    @Option(names = "--min-count", description = "Keep features seen in at least this many examples (default: ${DEFAULT-VALUE}).")
    int minCount = 3;

    @Override
    public Integer call() throws Exception {
        List<RelevanceTraining.LabelledText> texts = new ArrayList<>();
        Set<String> excluded = new HashSet<>();
        try {
            for (Path p : exclude) excluded.addAll(GoldReader.docIds(p));
            Map<String, CorpusTexts.Text> joined = textsFile == null ? null : CorpusTexts.read(textsFile);
            for (Path p : gold) {
                for (RelevanceTraining.LabelledText t : RelevanceTraining.fromGold(GoldReader.read(p, joined), p.getFileName().toString())) {
                    if (!excluded.contains(t.id())) texts.add(t);
                }
            }
            if (corpus != null) {
                for (CorpusTexts.Text t : CorpusTexts.read(corpus).values()) {
                    if (excluded.contains(t.id()) || !negativeCategories.contains(t.category())) continue;
                    if (corpusHalf.equals("even") && Math.floorMod(t.id().hashCode(), 2) != 0) continue;
                    texts.add(new RelevanceTraining.LabelledText(t.id(), t.text(), t.published(), false, corpus.getFileName() + ":" + t.category()));
                }
            }
        } catch (InputException e) {
            System.err.println("peristiwa: " + e.getMessage());
            return 1;
        }
        if (texts.isEmpty()) {
            System.err.println("peristiwa: no training texts (give --gold and/or --corpus with --negative-categories)");
            return 1;
        }
        Learner l = learner.equals("tribuo") ? new TribuoTrainer(epochs, rate, l2, minCount, 20200509L) : new Trainer(epochs, rate, l2, minCount, 20200509L);
        RelevanceTraining training = new RelevanceTraining(l);
        if (folds > 1) {
            System.out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(training.crossValidate(texts, folds, Pipeline.RELEVANCE_THRESHOLD)));
        }
        LinearModel model = training.train(texts, "Relevance model: does a trigger (and so its report) tell of conflict? Logistic regression "
                + "over trigger kinds, sentence and report cues and nearby words; trained by 'peristiwa train-relevance' on " + texts.size() + " texts");
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.err.println("peristiwa: wrote " + out + " (" + texts.size() + " texts)");
        return 0;
    }
}
