package org.peristiwa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peristiwa.record.ReportJson;
import org.peristiwa.store.bench.StoreBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = {"Measures the event store: on a synthetic corpus with known clusters, pairwise merge precision and",
                "recall, whether a shuffled ingest gives the same events, and ingest speed against extraction alone;",
                "then filtered queries over a store of --query-events events and its size. Prints JSON."})
final class BenchStoreCommand implements Callable<Integer> {

    @Option(names = "--events", paramLabel = "N", description = "Synthetic events to generate (default: ${DEFAULT-VALUE}).")
    int events = 2000;

    @Option(names = "--seed", description = "Seed of the synthetic corpus (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--query-events", paramLabel = "N", description = "Events in the query benchmark's store (default: ${DEFAULT-VALUE}; 0 skips it).")
    int queryEvents = 1_000_000;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the benchmark's stores are written (default: a temporary folder).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Path work = dir != null ? dir : Files.createTempDirectory("peristiwa-bench-store");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("merge", StoreBench.merge(seed, events, work));
        if (queryEvents > 0) out.put("query", StoreBench.query(work.resolve("bench-query.duckdb"), queryEvents));
        System.out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return 0;
    }
}
