package org.peristiwa.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peristiwa.ingest.InputException;
import org.peristiwa.ingest.PageMetadata;
import org.peristiwa.ingest.bench.AebBenchmark;
import org.peristiwa.ingest.bench.ShingleScore;
import org.peristiwa.ingest.html.HtmlReader;
import org.peristiwa.record.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-html", mixinStandardHelpOptions = true,
        description = {"Measures main-text extraction from web pages on the article-extraction benchmark (181 news",
                "pages with their true article text): precision, recall and F1 of 4-token shingles as the",
                "benchmark defines them, beside published figures; then pages/s and MB/s on one thread after",
                "warm-up (decoding, parsing, metadata and main text). Finds shared/data/htmlbench/aeb in the",
                "working directory or a parent unless --aeb names the folder."})
final class BenchHtmlCommand implements Callable<Integer> {

    @Option(names = "--aeb", paramLabel = "DIR", description = "The benchmark folder (ground-truth.json and html/).")
    Path aeb;

    @Option(names = "--warmup", paramLabel = "SECONDS", description = "Warm-up time (default: ${DEFAULT-VALUE}).")
    double warmup = 5;

    @Option(names = "--seconds", paramLabel = "SECONDS", description = "Measured time (default: ${DEFAULT-VALUE}).")
    double seconds = 10;

    @Option(names = "--errors", paramLabel = "N", description = "Also list the N pages with the lowest F1.")
    int errors;

    @Override
    public Integer call() throws Exception {
        Path dir = aeb != null ? aeb : AebBenchmark.locate(Path.of(""));
        if (dir == null) {
            System.err.println("peristiwa: no benchmark found: give --aeb DIR (the folder with ground-truth.json and html/)");
            return 1;
        }
        List<AebBenchmark.Page> pages;
        try {
            pages = AebBenchmark.load(dir);
        } catch (java.io.IOException e) {
            System.err.println("peristiwa: " + dir + ": cannot read the benchmark: " + e.getMessage());
            return 1;
        }
        if (pages.isEmpty()) {
            System.err.println("peristiwa: " + dir + ": no pages");
            return 1;
        }
        List<AebBenchmark.Scored> scored = AebBenchmark.score(pages, BenchHtmlCommand::mainText);
        ShingleScore.Corpus c = AebBenchmark.corpus(scored);
        long bytes = 0;
        for (AebBenchmark.Page p : pages) bytes += p.html().length;
        run(pages, warmup);
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long done = run(pages, seconds);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("benchmark", dir.toString());
        out.put("pages", pages.size());
        out.put("precision", round(c.precision()));
        out.put("recall", round(c.recall()));
        out.put("f1", round(c.f1()));
        out.put("accuracy", round(c.accuracy()));
        out.put("published", published());
        out.put("threads", 1);
        out.put("measured_seconds", Math.round(secs * 100) / 100.0);
        out.put("pages_processed", done);
        out.put("pages_per_second", Math.round(done / secs * 10) / 10.0);
        out.put("mb_per_second", Math.round(bytes * ((double) done / pages.size()) / secs / 1e6 * 100) / 100.0);
        // on a busy machine wall time includes other processes' turns; the thread's CPU time does not
        out.put("cpu_seconds", Math.round(cpu * 100) / 100.0);
        out.put("pages_per_cpu_second", Math.round(done / cpu * 10) / 10.0);
        out.put("mb_per_cpu_second", Math.round(bytes * ((double) done / pages.size()) / cpu / 1e6 * 100) / 100.0);
        out.put("peak_heap_mb", Math.round(peak / 1048576.0 * 10) / 10.0);
        if (errors > 0) {
            List<Map<String, Object>> worst = new ArrayList<>();
            scored.stream().sorted((a, b) -> Double.compare(f1(a.score()), f1(b.score()))).limit(errors).forEach(s -> {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("id", s.id());
                w.put("precision", s.score().precision());
                w.put("recall", s.score().recall());
                worst.add(w);
            });
            out.put("worst", worst);
        }
        System.out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return 0;
    }

    /** The benchmark's published figures for some extractors (its README, latest evaluation). */
    private static Map<String, Object> published() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("trafilatura 2.0.0", figures(0.958, 0.938, 0.978));
        m.put("newspaper4k 0.9.3.1", figures(0.949, 0.964, 0.934));
        m.put("readability_js 0.6.0", figures(0.947, 0.914, 0.982));
        m.put("goose3 3.1.20", figures(0.896, 0.940, 0.856));
        m.put("justext 3.0.2", figures(0.804, 0.858, 0.756));
        m.put("html-text 0.7.0", figures(0.665, 0.500, 0.994));
        return m;
    }

    private static Map<String, Object> figures(double f1, double p, double r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("f1", f1);
        m.put("precision", p);
        m.put("recall", r);
        return m;
    }

    private static String mainText(byte[] html) {
        try {
            return HtmlReader.read("bench", html, null, PageMetadata.NONE, null).text();
        } catch (InputException e) {
            return "";
        }
    }

    private static long run(List<AebBenchmark.Page> pages, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long n = 0;
        int i = 0;
        int sink = 0;
        do {
            sink += mainText(pages.get(i).html()).length();
            n++;
            i = (i + 1) % pages.size();
        } while (System.nanoTime() < end || i != 0);
        if (sink == 42) System.err.print("");
        return n;
    }

    private static double f1(ShingleScore.Page p) {
        Double pr = p.precision(), r = p.recall();
        if (pr == null || r == null || pr + r == 0) return 0;
        return 2 * pr * r / (pr + r);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
