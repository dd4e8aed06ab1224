package org.peristiwa.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peristiwa.Extractor;
import org.peristiwa.ingest.Document;

/**
 * {@code CrashChild DB CORPUS.jsonl BATCH}: ingests a corpus into a store batch by batch, skipping what the store
 * holds, as {@code peristiwa ingest} does. The crash test runs it in its own process and kills it.
 */
public final class CrashChild {

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        List<Document> docs = Corpus.documents(Path.of(args[1]));
        int batch = Integer.parseInt(args[2]);
        Extractor ex = Extractor.standard();
        try (EventStore store = EventStore.open(db)) {
            for (int i = 0; i < docs.size(); i += batch) {
                List<Document> part = docs.subList(i, Math.min(docs.size(), i + batch));
                Set<String> stored = store.storedAmong(part.stream().map(d -> Extractor.contentHash(Extractor.reportText(d))).toList());
                List<Incoming> todo = new ArrayList<>();
                for (Document d : part) {
                    if (!stored.contains(Extractor.contentHash(Extractor.reportText(d)))) todo.add(Incoming.of(ex.extract(d, null)));
                }
                store.add(todo);
            }
        }
        System.out.println("done");
    }
}
