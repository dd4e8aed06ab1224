package org.peristiwa.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.TextDecoder;
import org.peristiwa.record.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Prints the main text of each document: a web page's article without navigation, ads,",
                "related links, share widgets or comments; a feed item's or archive record's text; a text file as is.",
                "With --json, one JSON line per document: path, text and metadata (each value with its source).",
                "Several documents in plain mode are each preceded by a line '==> ORIGIN <=='."})
final class TextCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Files, directories (read recursively) or - for standard input.")
    List<String> inputs;

    @Option(names = "--json", description = "One JSON line per document: {\"path\", \"text\", \"metadata\"}.")
    boolean json;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest document accepted (an archive: largest record), in bytes after decompression (default: ${DEFAULT-VALUE}).")
    long maxBytes = TextDecoder.DEFAULT_MAX_BYTES;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        Messages msg = new Messages();
        List<Inputs.Input> list = Batch.inputs(inputs, maxBytes, msg);
        if (list == null) return maxBytes <= 0 ? 2 : 1;
        boolean several = list.size() > 1;
        Batch.read(list, maxBytes, msg, (in, doc) -> {
            if (json) {
                out.println(jsonLine(doc));
            } else {
                if (several || !doc.origin().equals(in.name())) out.println("==> " + doc.origin() + " <==");
                out.println(doc.text());
                out.println();
            }
            out.flush();
        });
        out.flush();
        return msg.problems() == 0 ? 0 : 1;
    }

    static String jsonLine(Document doc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", doc.origin());
        m.put("text", doc.text());
        m.put("metadata", doc.page());
        try {
            return ReportJson.mapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + doc.origin(), e);
        }
    }
}
