package org.peristiwa.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peristiwa.ner.ConllReader;
import org.peristiwa.ner.ConllSentence;
import org.peristiwa.ner.Entity;
import org.peristiwa.ner.NerModel;
import org.peristiwa.ner.NerScores;
import org.peristiwa.record.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = {"Scores the entity recogniser on a CoNLL file and prints one JSON object:",
                "f1, precision, recall and per_type (PER, ORG, LOC): entity level, exact span and type (CoNLL)."})
final class EvalNerCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, paramLabel = "FILE",
            description = "Gold CoNLL file (token first column, BIO tag last).")
    Path conll;

    @Option(names = "--model", paramLabel = "MODEL", description = "Model file (default: the bundled Indonesian model).")
    Path model;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write each sentence whose entities differ from gold as a JSON line (tokens, gold, predicted).")
    Path errors;

    @Option(names = "--bench", paramLabel = "SECONDS",
            description = "Also time decoding of the file's sentences on one thread for this long, after as long a warm-up; adds tokens_per_second.")
    double bench;

    @Override
    public Integer call() throws Exception {
        for (Path p : model == null ? List.of(conll) : List.of(conll, model)) {
            if (!Files.isRegularFile(p)) {
                System.err.println("peristiwa: no such file: " + p);
                return 1;
            }
        }
        NerModel m = model == null ? NerModel.bundled() : NerModel.load(model);
        List<ConllSentence> gold = ConllReader.read(conll);
        NerScores scores = new NerScores();
        int tokens = 0;
        try (Writer err = errors == null ? null : Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
            for (ConllSentence s : gold) {
                List<Entity> want = s.entities(), got = m.entities(s.tokens());
                scores.add(want, got);
                tokens += s.size();
                if (err != null && !new HashSet<>(want).equals(new HashSet<>(got))) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("text", String.join(" ", s.tokens()));
                    line.put("missed", describe(s, want, got));
                    line.put("spurious", describe(s, got, want));
                    err.write(ReportJson.mapper().writeValueAsString(line));
                    err.write('\n');
                }
            }
        }
        Map<String, Object> out = scores.toMap();
        out.put("sentences", gold.size());
        out.put("tokens", tokens);
        if (bench > 0) {
            run(m, gold, bench);
            long t0 = System.nanoTime();
            long done = run(m, gold, bench);
            double secs = (System.nanoTime() - t0) / 1e9;
            out.put("tokens_per_second", Math.round(done / secs));
        }
        System.out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return 0;
    }

    /** The entities of {@code these} that are not in {@code others}, as "TYPE: words". */
    private static List<String> describe(ConllSentence s, List<Entity> these, List<Entity> others) {
        Set<Entity> o = new HashSet<>(others);
        List<String> out = new ArrayList<>();
        for (Entity e : these) {
            if (!o.contains(e)) out.add(e.type() + ": " + String.join(" ", s.tokens().subList(e.start(), e.end())));
        }
        return out;
    }

    /** Tags the sentences round-robin for about {@code seconds}; returns the tokens tagged. */
    private static long run(NerModel m, List<ConllSentence> sentences, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long tokens = 0;
        int sink = 0;
        do {
            for (ConllSentence s : sentences) {
                sink += m.entities(s.tokens()).size();
                tokens += s.size();
            }
        } while (System.nanoTime() < end);
        if (sink < 0) System.err.println(sink);
        return tokens;
    }
}
