package org.peristiwa.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.peristiwa.Extractor;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.DocumentSink;
import org.peristiwa.ingest.jsonl.JsonlReader;

/** Reads a JSON Lines corpus and extracts its reports, ready for the store (test helper). */
final class Corpus {

    private Corpus() {}

    static List<Document> documents(Path jsonl) {
        List<Document> docs = new ArrayList<>();
        try {
            JsonlReader.read(jsonl.toString(), Files.readString(jsonl, StandardCharsets.UTF_8), new DocumentSink() {
                @Override
                public void document(Document d) {
                    docs.add(d);
                }

                @Override
                public void problem(String where, String message) {
                    throw new IllegalStateException(where + ": " + message);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    static List<Incoming> extract(List<Document> docs) {
        Extractor ex = Extractor.standard();
        return docs.stream().map(d -> Incoming.of(ex.extract(d, null))).toList();
    }

    static List<Incoming> extract(Path jsonl) {
        return extract(documents(jsonl));
    }
}
