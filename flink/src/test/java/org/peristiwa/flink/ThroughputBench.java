package org.peristiwa.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peristiwa.Extractor;
import org.peristiwa.ingest.Document;
import org.peristiwa.store.bench.SyntheticCorpus;

/**
 * Throughput of the whole job (read, extract, merge, write JSONL with checkpoints) at parallelism 1 and 2 on an
 * embedded cluster, against extraction alone on one thread. Tagged "bench" and left out of the ordinary test run:
 * <pre>mvn -pl flink test -Dgroups=bench -DexcludedGroups= -Dtest=ThroughputBench</pre>
 * Two corpora: the synthetic one (short reports, many merges) and, when {@code ../shared} has it, IndoSum's news
 * articles (full-length pages, the kind a news crawl holds), each copy made distinct. Each run is timed from submission
 * to the last commit; a run over ten documents gives the fixed cost (start, final checkpoint), taken off for the net rate.
 */
@Tag("bench")
class ThroughputBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void parallelismOneAndTwo(@TempDir Path tmp) throws Exception {
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "machine: %d processors, Java %s, heap %d MB; load average at the start %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        Path synthetic = tmp.resolve("synthetic");
        Corpora.writeJsonl(SyntheticCorpus.generate(1, 3000), synthetic, "synthetic", 8);
        Path tiny = tmp.resolve("tiny");
        Corpora.writeJsonl(SyntheticCorpus.generate(2, 4), tiny, "tiny", 1);
        List<Path> corpora = new ArrayList<>(List.of(synthetic));
        Path indosum = Path.of("../../shared/corpus/indosum/indosum-articles.jsonl");
        if (Files.exists(indosum)) corpora.add(articles(indosum, tmp.resolve("indosum"), 4, 8));

        // warm up: the JIT, the knowledge files
        run(tmp, synthetic, 2, "warm");
        run(tmp, synthetic, 1, "warm2");
        for (Path corpus : corpora) {
            List<Document> docs = Corpora.documents(corpus.toString());
            double alone = extractAlone(docs);
            report.append(String.format(Locale.ROOT, "%n%s: %d reports (%.1f MB of text); extraction alone, one thread: %.0f reports/s%n",
                    corpus.getFileName(), docs.size(), docs.stream().mapToLong(d -> d.text().length()).sum() / 1e6, alone));
            double[] net = new double[3];
            for (int p = 1; p <= 2; p++) {
                double fixed = Math.min(run(tmp, tiny, p, "tiny" + p)[0], run(tmp, tiny, p, "tiny" + p + "b")[0]);
                double[] best = {Double.MAX_VALUE, 0};
                for (int rep = 0; rep < 3; rep++) {
                    double[] t = run(tmp, corpus, p, corpus.getFileName() + "-p" + p + "-" + rep);
                    if (t[0] < best[0]) best = t;
                }
                net[p] = docs.size() / (best[0] - fixed);
                report.append(String.format(Locale.ROOT, "  parallelism %d: %.2f s wall (fixed cost %.2f s), %.1f s CPU: %.0f reports/s overall,"
                        + " %.0f reports/s net; %.0f reports per CPU-second (%.2f cores busy)%n",
                        p, best[0], fixed, best[1], docs.size() / best[0], net[p], docs.size() / best[1], best[1] / best[0]));
            }
            report.append(String.format(Locale.ROOT, "  scaling p=2 / p=1 (net): %.2f%n", net[2] / net[1]));
        }
        report.append(String.format(Locale.ROOT, "%nsystem load average (1 min) at the end: %.2f (other work on the machine skews the wall-clock rates)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(report);
        Files.writeString(Path.of("target/flink-bench.txt"), report.toString());
    }

    /** Wall-clock and CPU seconds (this process, every thread) for the job over {@code corpus} at parallelism {@code p}. */
    private static double[] run(Path tmp, Path corpus, int p, String name) throws Exception {
        JobOptions o = JobOptions.parse("--input", corpus.toString(), "--out", tmp.resolve("out-" + name).toString(),
                "--parallelism", String.valueOf(p), "--checkpoint-interval", "1", "--checkpoint-dir", tmp.resolve("checkpoints-" + name).toUri().toString());
        Configuration conf = PeristiwaJob.localDefaults(PeristiwaJob.configuration(o));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(p, conf);
        PeristiwaJob.build(env, o);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime(), t0 = System.nanoTime();
        env.execute("bench " + name);
        return new double[] {(System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - c0) / 1e9};
    }

    private static double extractAlone(List<Document> docs) {
        Extractor ex = Extractor.standard();
        for (int i = 0; i < Math.min(docs.size(), 1000); i++) ex.extract(docs.get(i), null);
        long t0 = System.nanoTime();
        for (Document d : docs) ex.extract(d, null);
        return docs.size() / ((System.nanoTime() - t0) / 1e9);
    }

    /** IndoSum's articles as JSON Lines reports (text, url, published), {@code copies} times, each copy a distinct text. */
    private static Path articles(Path source, Path dir, int copies, int files) throws IOException {
        Files.createDirectories(dir);
        List<BufferedWriter> out = new ArrayList<>();
        for (int i = 0; i < files; i++) out.add(Files.newBufferedWriter(dir.resolve(String.format("articles-%02d.jsonl", i)), StandardCharsets.UTF_8));
        int n = 0;
        for (int c = 0; c < copies; c++) {
            try (BufferedReader r = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank()) continue;
                    ObjectNode in = (ObjectNode) JSON.readTree(line);
                    ObjectNode o = JSON.createObjectNode();
                    o.put("url", in.path("url").asText() + (c == 0 ? "" : "#copy" + c));
                    if (in.hasNonNull("published")) o.put("published", in.get("published").asText());
                    o.put("text", in.path("text").asText() + (c == 0 ? "" : "\n\n(" + c + ")"));
                    BufferedWriter w = out.get(n++ % files);
                    w.write(JSON.writeValueAsString(o));
                    w.write('\n');
                }
            }
        }
        for (BufferedWriter w : out) w.close();
        return dir;
    }
}
