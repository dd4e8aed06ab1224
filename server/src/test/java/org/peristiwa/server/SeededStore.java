package org.peristiwa.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.peristiwa.Extractor;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.DocumentSink;
import org.peristiwa.ingest.jsonl.JsonlReader;
import org.peristiwa.store.EventStore;
import org.peristiwa.store.Incoming;
import org.peristiwa.store.bench.SyntheticCorpus;

/**
 * Event stores with known content for the server's tests: the synthetic corpus's reports (events of every type in
 * several countries, each told by one to five outlets), extracted and stored as {@code peristiwa ingest} does. The
 * store is built once per test run and copied for each test that asks.
 */
final class SeededStore {

    static final long SEED = 7;
    static final int EVENTS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path template;

    private SeededStore() {}

    /** A copy of the seeded store at {@code target}. */
    static synchronized Path copy(Path target) throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("peristiwa-seed");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("seed.duckdb");
            try (EventStore s = EventStore.open(file)) {
                s.add(incoming(reports(SEED, EVENTS)));
            }
            file.toFile().deleteOnExit();
            template = file;
        }
        Files.copy(template, target);
        return target;
    }

    /** The synthetic corpus's reports as JSON objects, as {@code POST /api/reports} takes them. */
    static List<ObjectNode> reports(long seed, int events) {
        List<ObjectNode> out = new ArrayList<>();
        for (SyntheticCorpus.SyntheticReport r : SyntheticCorpus.generate(seed, events)) {
            ObjectNode o = JSON.createObjectNode();
            o.put("url", r.url());
            o.put("published", r.published());
            o.put("title", r.title());
            o.put("text", r.text());
            out.add(o);
        }
        return out;
    }

    /** Reports read as a JSON Lines input is read, extracted, ready to store. */
    static List<Incoming> incoming(List<ObjectNode> reports) {
        Extractor extractor = Extractor.standard();
        List<Incoming> out = new ArrayList<>();
        for (ObjectNode r : reports) {
            Document[] doc = new Document[1];
            JsonlReader.read("seed", r.toString(), new DocumentSink() {
                @Override
                public void document(Document d) {
                    doc[0] = d;
                }

                @Override
                public void problem(String where, String message) {
                    throw new IllegalStateException(where + ": " + message);
                }
            });
            out.add(Incoming.of(extractor.extract(doc[0], null)));
        }
        return out;
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
