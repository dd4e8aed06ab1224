package org.peristiwa.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peristiwa.Extractor;
import org.peristiwa.eval.Evaluator;
import org.peristiwa.eval.GoldRow;
import org.peristiwa.record.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction against a gold CSV in ACLED's column names and prints one JSON object:",
                "rows, reports, metrics (accuracies, F1), per_class, reports_per_second."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE.csv", description = "Gold CSV: text (or notes) and gold fields.")
    Path gold;

    @Option(names = "--texts", paramLabel = "FILE.jsonl", description = "Where the texts of a gold file without a text column are: JSON Lines with id and text (and published), joined on doc_id.")
    Path texts;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write each mismatch as a JSON line, for error analysis.")
    Path errors;

    @Option(names = "--rules-only", description = "Leave out the statistical sub-type model (the codebook rules alone decide).")
    boolean rulesOnly;

    @Option(names = "--predictions", paramLabel = "FILE.csv", description = {"Score the events of an ACLED CSV that 'export' wrote",
            "(joined on its report_ids column) instead of extracting them again."})
    Path predictions;

    @Override
    public Integer call() throws IOException {
        List<GoldRow> rows = GoldFiles.readOrReport(gold, texts);
        if (rows == null) return 1;
        try (Writer err = GoldFiles.mismatches(errors)) {
            Evaluator evaluator;
            if (predictions != null) {
                Map<String, List<org.peristiwa.record.EventRecord>> byReport;
                try {
                    byReport = org.peristiwa.eval.Predictions.readAcledCsv(predictions);
                } catch (org.peristiwa.ingest.InputException e) {
                    System.err.println("peristiwa: " + e.getMessage());
                    return 1;
                }
                evaluator = new Evaluator(first -> {
                    String id = Extractor.reportId(first.text());
                    org.peristiwa.report.Report r = new org.peristiwa.report.Report(id, "row " + first.row(), first.text());
                    r.setEvents(byReport.getOrDefault(id, List.of()));
                    return r;
                });
            } else {
                evaluator = new Evaluator(rulesOnly ? new Extractor(org.peristiwa.pipeline.Pipeline.standard(null)) : Extractor.standard());
            }
            Map<String, Object> result = evaluator.evaluate(rows, err);
            System.out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        }
        return 0;
    }

}
