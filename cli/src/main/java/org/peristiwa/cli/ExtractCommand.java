package org.peristiwa.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.peristiwa.Extractor;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.InputException;
import org.peristiwa.ingest.TextDecoder;
import org.peristiwa.record.ReportJson;
import org.peristiwa.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts event records from reports: one JSON line per report (JSONL) on standard output.",
                "A file that cannot be read as a report gets a one-line error on standard error; the others are still",
                "processed. Exit code 0 when every input succeeded, 1 when any failed."})
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

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest input accepted, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes = TextDecoder.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int failed = 0;
        List<Inputs.Input> list;
        try {
            list = Inputs.expand(inputs);
        } catch (InputException e) {
            err.println("peristiwa: " + e.getMessage());
            return 1;
        }
        Extractor extractor = Extractor.standard();
        for (Inputs.Input in : list) {
            try {
                Document doc = Inputs.read(in, maxBytes);
                Report report = extractor.extract(doc.text(), doc.origin(), publicationDate);
                out.println(layers ? ReportJson.withLayers(report, pretty) : pretty ? ReportJson.pretty(report) : ReportJson.line(report));
                out.flush();
            } catch (InputException e) {
                failed++;
                err.println("peristiwa: " + in.name() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                // A bug must not take the batch down: report it against the file and go on.
                failed++;
                err.println("peristiwa: " + in.name() + ": internal error (" + e + "); please report it with this file");
            }
        }
        out.flush();
        if (failed > 0) err.println("peristiwa: " + failed + " of " + list.size() + " inputs failed");
        return failed == 0 ? 0 : 1;
    }
}
