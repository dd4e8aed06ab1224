package org.peristiwa.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peristiwa.Extractor;
import org.peristiwa.eval.GoldReader;
import org.peristiwa.eval.GoldRow;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.InputException;
import org.peristiwa.record.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures extraction speed on one thread after warm-up: reports/s, MB/s and peak heap.",
                "Reads the texts of a gold CSV (--gold) or report files and directories."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "FILE.csv", description = "Benchmark on the texts (text or notes column) of a CSV.")
    Path gold;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Report files or directories.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--warmup", paramLabel = "SECONDS", description = "Warm-up time (default: ${DEFAULT-VALUE}).")
    double warmup = 5;

    @Option(names = "--seconds", paramLabel = "SECONDS", description = "Measured time (default: ${DEFAULT-VALUE}).")
    double seconds = 10;

    @Override
    public Integer call() throws Exception {
        List<String> texts = new ArrayList<>();
        try {
            if (gold != null) {
                for (GoldRow r : GoldReader.read(gold)) texts.add(r.text());
            }
            for (Inputs.Input in : Inputs.expand(paths)) {
                Document d = Inputs.read(in, Long.MAX_VALUE);
                texts.add(d.text());
            }
        } catch (InputException e) {
            System.err.println("peristiwa: " + e.getMessage());
            return 1;
        }
        if (texts.isEmpty()) {
            System.err.println("peristiwa: nothing to measure: give --gold FILE.csv or report paths");
            return 1;
        }
        long bytes = 0;
        for (String t : texts) bytes += t.getBytes(StandardCharsets.UTF_8).length;
        Extractor ex = Extractor.standard();
        run(ex, texts, warmup);
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long[] done = run(ex, texts, seconds);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpuSecs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        double passes = (double) done[0] / texts.size();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reports", texts.size());
        out.put("threads", 1);
        out.put("warmup_seconds", warmup);
        out.put("measured_seconds", Math.round(secs * 100) / 100.0);
        out.put("reports_processed", done[0]);
        out.put("events", done[1]);
        out.put("reports_per_second", Math.round(done[0] / secs * 10) / 10.0);
        out.put("mb_per_second", Math.round(bytes * passes / secs / 1e6 * 100) / 100.0);
        // on a busy machine the clock overstates the work; CPU time of the measuring thread does not
        out.put("reports_per_cpu_second", Math.round(done[0] / Math.max(1e-9, cpuSecs) * 10) / 10.0);
        out.put("mb_per_cpu_second", Math.round(bytes * passes / Math.max(1e-9, cpuSecs) / 1e6 * 100) / 100.0);
        out.put("peak_heap_mb", Math.round(peak / 1048576.0 * 10) / 10.0);
        out.put("max_heap_mb", Math.round(Runtime.getRuntime().maxMemory() / 1048576.0));
        System.out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return 0;
    }

    /** Extracts texts round-robin for about {@code seconds}; returns {reports, events}. */
    private static long[] run(Extractor ex, List<String> texts, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long n = 0, events = 0;
        int i = 0;
        do {
            events += ex.extract(texts.get(i), null).events().size();
            n++;
            i = (i + 1) % texts.size();
        } while (System.nanoTime() < end || i != 0 && n < texts.size());
        return new long[] {n, events};
    }
}
