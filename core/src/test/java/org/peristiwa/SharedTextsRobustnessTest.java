package org.peristiwa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peristiwa.eval.GoldReader;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.DocumentReader;
import org.peristiwa.ingest.DocumentSink;
import org.peristiwa.ingest.InputException;
import org.peristiwa.ingest.TextDecoder;
import org.peristiwa.testing.SharedData;

/**
 * Every text in ../shared — the CSVs' texts and notes, the JSON Lines corpora, the re3d documents, the web pages
 * and the seed report — goes through extraction without an internal error. Skipped when ../shared is absent.
 */
class SharedTextsRobustnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noTextInSharedRaisesAnInternalError() throws IOException {
        Path shared = SharedData.require("data").getParent();
        Extractor extractor = Extractor.standard();
        List<String> failures = new ArrayList<>();
        int[] texts = {0};
        List<Path> files;
        try (Stream<Path> s = Files.walk(shared)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".csv")) {
                try {
                    GoldReader.stream(f, null, r -> run(extractor, r.text(), f + ":" + r.row(), failures, texts));
                } catch (InputException e) {
                    if (!e.getMessage().contains("no 'text' or 'notes'")) failures.add(f + ": " + e.getMessage());
                }
            } else if (name.endsWith(".jsonl") || name.endsWith("_documents.json")) {
                try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    String line;
                    int n = 0;
                    while ((line = in.readLine()) != null) {
                        n++;
                        if (line.isBlank()) continue;
                        JsonNode o = JSON.readTree(line);
                        String text = o.path("text").asText(o.path("doctext").asText(""));
                        if (!text.isEmpty()) run(extractor, text, f + ":" + n, failures, texts);
                    }
                }
            } else if (name.endsWith(".html") || f.startsWith(shared.resolve("corpus/seed"))) {
                new DocumentReader(TextDecoder.DEFAULT_MAX_BYTES).read(f.toString(), f, new DocumentSink() {
                    @Override
                    public void document(Document doc) {
                        texts[0]++;
                        try {
                            extractor.extract(doc, null);
                        } catch (RuntimeException e) {
                            failures.add(doc.origin() + ": " + e);
                        }
                    }

                    @Override
                    public void problem(String where, String message) {}

                    @Override
                    public void notice(String where, String message) {}
                });
            }
        }
        assertTrue(texts[0] > 5000, "read only " + texts[0] + " texts");
        assertTrue(failures.isEmpty(), failures.size() + " internal errors, e.g. " + failures.subList(0, Math.min(5, failures.size())));
    }

    private static void run(Extractor extractor, String text, String where, List<String> failures, int[] texts) {
        if (text == null || text.isBlank()) return;
        texts[0]++;
        try {
            extractor.extract(text, where, null);
        } catch (RuntimeException e) {
            failures.add(where + ": " + e);
        }
    }
}
