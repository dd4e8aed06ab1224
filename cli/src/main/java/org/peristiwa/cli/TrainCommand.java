package org.peristiwa.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peristiwa.eval.GoldRow;
import org.peristiwa.eval.ModelTraining;
import org.peristiwa.event.model.LinearModel;
import org.peristiwa.event.model.Trainer;
import org.peristiwa.record.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the English sub-event-type model on an ACLED-style CSV (notes + sub_event_type) and writes it.",
                "With --folds K, first prints K-fold cross-validated metrics (each row scored by a model that never saw it)."})
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE.csv", description = "Training data: text (or notes) and sub_event_type.")
    Path gold;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("core/src/main/resources/peristiwa/model/subtype-en.tsv");

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validate with K folds before training on all rows (0: skip).")
    int folds = 0;

    @Option(names = "--errors", paramLabel = "FILE", description = "With --folds: write each cross-validated mismatch as a JSON line.")
    Path errors;

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
        List<GoldRow> rows = GoldFiles.readOrReport(gold);
        if (rows == null) return 1;
        ModelTraining training = new ModelTraining(new Trainer(epochs, rate, l2, minCount, 20200509L));
        if (folds > 1) {
            Map<String, Object> cv;
            try (java.io.Writer err = GoldFiles.mismatches(errors)) {
                cv = training.crossValidate(rows, folds, err);
            }
            System.out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(cv));
        }
        LinearModel model = training.train(rows, "English sub-event-type model: multinomial logistic regression over the words of an "
                + "event's sentences and the codebook rules' decision; trained by 'peristiwa train --gold " + gold.getFileName()
                + "' on " + rows.size() + " rows");
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.err.println("peristiwa: wrote " + out + " (" + model.labels().size() + " labels)");
        return 0;
    }
}
