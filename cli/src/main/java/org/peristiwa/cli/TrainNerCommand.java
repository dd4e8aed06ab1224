package org.peristiwa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peristiwa.ner.ConllReader;
import org.peristiwa.ner.ConllSentence;
import org.peristiwa.ner.NerModel;
import org.peristiwa.ner.NerTrainer;
import org.peristiwa.ner.Overlap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Trains the entity recogniser (PER, ORG, LOC) on CoNLL files and writes the model.",
                "Rebuild the bundled model with the command in core/src/main/resources/peristiwa/ner/README.md."})
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--train", required = true, paramLabel = "FILE",
            description = "CoNLL training file (token first column, BIO tag last); repeat for more files.")
    List<Path> train = new ArrayList<>();

    @Option(names = "--aux", paramLabel = "FILE",
            description = "Auxiliary CoNLL training file (another corpus or convention), trained on with domain "
                    + "adaptation: each --aux is its own domain (give FILE1,FILE2 for one domain of several files), the --train files the target; repeatable.")
    List<String> aux = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "CoNLL file whose entities only feed the name lexicon (not trained on); repeatable.")
    List<Path> lexicon = new ArrayList<>();

    @Option(names = "--dev", paramLabel = "FILE",
            description = "CoNLL file scored after each epoch, for tuning only (does not change the model).")
    Path dev;

    @Option(names = "--exclude", paramLabel = "FILE",
            description = "Evaluation CoNLL file: drop every training, auxiliary and lexicon sentence that shares "
                    + "8 consecutive words with one of its sentences (or equals one), so it stays unseen; repeatable.")
    List<Path> exclude = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
    Path out;

    @Option(names = "--epochs", description = "Training passes (default: ${DEFAULT-VALUE}).")
    int epochs = NerTrainer.Options.defaults().epochs();

    @Option(names = "--seed", description = "Seed of the sentence order (default: ${DEFAULT-VALUE}).")
    long seed = NerTrainer.Options.defaults().seed();

    @Option(names = "--target-repeats", description = "Visits of each --train sentence per epoch (default: ${DEFAULT-VALUE}).")
    int targetRepeats = NerTrainer.Options.defaults().targetRepeats();

    @Option(names = "--prune", description = "Drop features whose averaged weights all stay below this in magnitude (default: ${DEFAULT-VALUE}).")
    double prune = NerTrainer.Options.defaults().prune();

    @Option(names = "--folds", description = "Folds of the lexicon jackknife; 1 = none (default: ${DEFAULT-VALUE}).")
    int folds = NerTrainer.Options.defaults().folds();

    @Override
    public Integer call() throws Exception {
        List<List<Path>> auxFiles = new ArrayList<>();
        for (String a : aux) auxFiles.add(java.util.Arrays.stream(a.split(",")).map(Path::of).toList());
        for (Path p : concat(train, auxFiles.stream().flatMap(List::stream).toList(), lexicon, exclude, dev == null ? List.of() : List.of(dev))) {
            if (!Files.isRegularFile(p)) {
                System.err.println("peristiwa: no such file: " + p);
                return 1;
            }
        }
        Overlap overlap = new Overlap(ConllReader.readAll(exclude));
        List<ConllSentence> trainSet = dropped(overlap, ConllReader.readAll(train), "--train");
        List<ConllSentence> lexSet = dropped(overlap, ConllReader.readAll(lexicon), "--lexicon");
        List<ConllSentence> devSet = dev == null ? List.of() : ConllReader.read(dev);
        Map<String, String> info = new LinkedHashMap<>();
        info.put("train", names(train));
        info.put("aux", String.join(";", auxFiles.stream().map(TrainNerCommand::names).toList()));
        info.put("lexicon", names(lexicon));
        List<List<ConllSentence>> auxSets = new ArrayList<>();
        for (List<Path> files : auxFiles) auxSets.add(dropped(overlap, ConllReader.readAll(files), "--aux " + names(files)));
        if (!exclude.isEmpty()) info.put("excluded_overlap_with", names(exclude));
        long t0 = System.nanoTime();
        NerModel model = new NerTrainer(new NerTrainer.Options(epochs, seed, folds, targetRepeats, prune), System.err)
                .train(trainSet, auxSets, lexSet, devSet, info);
        model.save(out);
        System.err.printf("peristiwa: wrote %s (%d features, %d bytes) in %.1f s%n", out, model.featureCount(),
                Files.size(out), (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static List<ConllSentence> dropped(Overlap overlap, List<ConllSentence> sentences, String what) {
        List<ConllSentence> kept = overlap.without(sentences);
        if (kept.size() < sentences.size()) {
            System.err.printf("peristiwa: %s: dropped %d of %d sentences that overlap --exclude%n", what,
                    sentences.size() - kept.size(), sentences.size());
        }
        return kept;
    }

    private static String names(List<Path> paths) {
        return String.join(",", paths.stream().map(p -> p.getFileName().toString()).toList());
    }

    @SafeVarargs
    private static List<Path> concat(List<Path>... lists) {
        List<Path> out = new ArrayList<>();
        for (List<Path> l : lists) out.addAll(l);
        return out;
    }
}
