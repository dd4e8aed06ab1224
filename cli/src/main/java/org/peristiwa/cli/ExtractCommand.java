package org.peristiwa.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.peristiwa.Extractor;
import org.peristiwa.ingest.TextDecoder;
import org.peristiwa.record.ReportJson;
import org.peristiwa.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts event records from reports: one JSON line per report (JSONL) on standard output.",
                "Reads plain text, web pages (HTML), RSS and Atom feeds (one report per item), JSON Lines, WARC",
                "archives (one report per HTML response) and any of these gzip-compressed, told apart by content.",
                "A file, record or item that cannot be read gets a one-line error on standard error; the others are",
                "still processed. Exit code 0 when every input succeeded, 1 when any failed."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Report files, directories (read recursively) or - for standard input.")
    List<String> inputs;

    @Option(names = "--pretty", description = "Indented JSON for a person to read, instead of one line per report.")
    boolean pretty;

    @Option(names = "--layers", description = "Also print the intermediate layers (dates, numbers, places, actors, triggers), to explain a result.")
    boolean layers;

    @Option(names = "--publication-date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for reports that do not show one (anchors 'yesterday', 'on Friday').")
    LocalDate publicationDate;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest document accepted (an archive: largest record), in bytes after decompression (default: ${DEFAULT-VALUE}).")
    long maxBytes = TextDecoder.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        Messages msg = new Messages();
        List<Inputs.Input> list = Batch.inputs(inputs, maxBytes, msg);
        if (list == null) return maxBytes <= 0 ? 2 : 1;
        Extractor extractor = layers ? new Extractor(org.peristiwa.pipeline.Pipeline.standard(org.peristiwa.pipeline.Pipeline.bundledModel(), true))
                : Extractor.standard();
        int[] reports = {0};
        Batch.read(list, maxBytes, msg, (in, doc) -> {
            Report report = extractor.extract(doc, publicationDate);
            out.println(layers ? ReportJson.withLayers(report, pretty) : pretty ? ReportJson.pretty(report) : ReportJson.line(report));
            out.flush();
            reports[0]++;
        });
        out.flush();
        if (msg.problems() > 0) msg.line(msg.problems() + " problem(s) reading " + list.size() + " input(s); " + reports[0] + " report(s) written");
        return msg.problems() == 0 ? 0 : 1;
    }
}
