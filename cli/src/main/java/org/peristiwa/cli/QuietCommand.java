package org.peristiwa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.peristiwa.Extractor;
import org.peristiwa.ingest.TextDecoder;
import org.peristiwa.record.EventRecord;
import org.peristiwa.record.ReportJson;
import org.peristiwa.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "quiet", mixinStandardHelpOptions = true,
        description = {"Measures how quiet extraction stays on news that reports no conflict: for each group of inputs, how many",
                "reports get any event. A JSON Lines file whose objects carry a 'category' is grouped by it (IndoSum's",
                "sections); any other input is a group of its own (a directory of web pages, a feed)."})
final class QuietCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Report files or directories.")
    List<String> inputs;

    @Option(names = "--list", description = "List every report that got an event, with its first event and the words behind it.")
    boolean listEach;

    @Option(names = "--halves", description = "Split each JSONL category into the half 'train-relevance' trains on (even id hash) and the half it leaves out (odd).")
    boolean halves;

    @Override
    public Integer call() throws IOException {
        Messages msg = new Messages();
        List<Inputs.Input> list = Batch.inputs(inputs, TextDecoder.DEFAULT_MAX_BYTES, msg);
        if (list == null) return 1;
        Map<String, String> categories = new HashMap<>();
        for (Inputs.Input in : list) if (in.path() != null && in.name().endsWith(".jsonl")) readCategories(in, categories);
        Extractor extractor = Extractor.standard();
        Map<String, int[]> groups = new TreeMap<>();
        List<Map<String, Object>> loud = new ArrayList<>();
        Batch.read(list, TextDecoder.DEFAULT_MAX_BYTES, msg, (in, doc) -> {
            Report report = extractor.extract(doc, null);
            String group = categories.getOrDefault(doc.origin(), topLevel(in.name()));
            int[] g = groups.computeIfAbsent(group, k -> new int[2]);
            g[0]++;
            List<EventRecord> events = report.events();
            if (events.isEmpty()) return;
            g[1]++;
            if (!listEach) return;
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("group", group);
            r.put("origin", doc.origin());
            if (report.metadata().title != null) r.put("title", report.metadata().title.value());
            EventRecord e = events.get(0);
            r.put("event", e.eventType + " / " + e.subEventType + " (" + e.modality.code() + ")");
            var why = e.evidence.get("sub_event_type");
            if (why != null && !why.isEmpty()) r.put("trigger", why.get(0).quote());
            if (report.relevance() != null) r.put("relevance", report.relevance().probability());
            loud.add(r);
        });
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> g = new LinkedHashMap<>();
        for (Map.Entry<String, int[]> e : groups.entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reports", e.getValue()[0]);
            m.put("with_events", e.getValue()[1]);
            m.put("share", Math.round(e.getValue()[1] * 10000.0 / Math.max(1, e.getValue()[0])) / 10000.0);
            g.put(e.getKey(), m);
        }
        out.put("groups", g);
        if (listEach) out.put("with_events", loud);
        System.out.println(ReportJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return msg.problems() == 0 ? 0 : 1;
    }

    /** JSONL line origins ("file#lineN") to their category, where the objects carry one. */
    private void readCategories(Inputs.Input in, Map<String, String> out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(in.path(), StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode o;
                try {
                    o = mapper.readTree(line);
                } catch (IOException e) {
                    continue;   // the reader reports it
                }
                String cat = o.path("category").asText("");
                if (cat.isEmpty()) continue;
                if (halves) cat += Math.floorMod(o.path("id").asText("").hashCode(), 2) == 0 ? " (trained half)" : " (held-out half)";
                out.put(in.name() + "#line" + n, cat);
            }
        }
    }

    private String topLevel(String name) {
        for (String arg : inputs) if (name.startsWith(arg)) return Path.of(arg).getFileName().toString();
        return name;
    }
}
