package org.peristiwa.cli;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peristiwa.eval.CorpusTexts;
import org.peristiwa.eval.ModelTraining;
import org.peristiwa.event.model.Learner;
import org.peristiwa.event.model.LinearModel;
import org.peristiwa.event.model.Trainer;
import org.peristiwa.event.model.TribuoTrainer;
import org.peristiwa.ingest.InputException;
import org.peristiwa.record.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the sub-event-type model on ACLED-style data sets and writes it: ACLED's CSV export or API JSON",
                "(notes + sub_event_type), and CSVs of our own written reports (text + sub_event_type), several at once.",
                "With --folds K, first prints K-fold cross-validated metrics per data set (each row scored by a model that",
                "never saw it)."})
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "A training set (CSV or ACLED API JSON); repeat for several.")
    List<Path> gold;

    @Option(names = "--texts", paramLabel = "FILE.jsonl", description = "Where the texts of a labels-only set are (JSON Lines with id and text), joined on doc_id.")
    Path texts;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("core/src/main/resources/peristiwa/model/subtype.tsv");

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validate with K folds before training on all rows (0: skip).")
    int folds = 0;

    @Option(names = "--errors", paramLabel = "FILE", description = "With --folds: write each cross-validated mismatch as a JSON line.")
    Path errors;

    @Option(names = "--learner", description = "sgd (our stochastic gradient descent) or tribuo (Tribuo's); default: ${DEFAULT-VALUE}.")
    String learner = "sgd";

    @Option(names = "--epochs", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs = 20;

    @Option(names = "--rate", description = "Initial learning rate (default: ${DEFAULT-VALUE}).")
    double rate = 0.2;

    @Option(names = "--l2", description = "L2 regularisation (default: ${DEFAULT-VALUE}).")
    double l2 = 1e-3;

    @Option(names = "--min-count", description = "Keep features seen in at least this many rows (default: ${DEFAULT-VALUE}).")
    int minCount = 2;

    @Override
    public Integer call() throws Exception {
        Learner l = learner.equals("tribuo") ? new TribuoTrainer(epochs, rate, l2, minCount, 20200509L) : new Trainer(epochs, rate, l2, minCount, 20200509L);
        ModelTraining training = new ModelTraining(l);
        LinearModel model;
        try {
            Map<String, CorpusTexts.Text> corpus = texts == null ? null : CorpusTexts.read(texts);
            if (folds > 1) {
                Map<String, Object> cv;
                try (Writer err = GoldFiles.mismatches(errors)) {
                    cv = training.crossValidate(gold, corpus, folds, err);
                }
                System.out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(cv));
            }
            StringBuilder names = new StringBuilder();
            for (Path g : gold) names.append(names.length() == 0 ? "" : ", ").append(g.getFileName());
            model = training.train(gold, corpus, "Sub-event-type model: multinomial logistic regression over the codebook rules' decision, "
                    + "trigger kinds, word classes, participants and the words near the trigger; trained by 'peristiwa train' on " + names);
        } catch (InputException e) {
            System.err.println("peristiwa: " + e.getMessage());
            return 1;
        }
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.err.println("peristiwa: wrote " + out + " (" + model.labels().size() + " labels)");
        return 0;
    }
}
