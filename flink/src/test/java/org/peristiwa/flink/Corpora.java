package org.peristiwa.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.peristiwa.Extractor;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.DocumentReader;
import org.peristiwa.ingest.DocumentSink;
import org.peristiwa.ingest.TextDecoder;
import org.peristiwa.record.ReportJson;
import org.peristiwa.store.EventQuery;
import org.peristiwa.store.EventStore;
import org.peristiwa.store.Incoming;
import org.peristiwa.store.bench.SyntheticCorpus;

/** Test corpora and what the command line and the store make of them: the expectations the job must meet. */
final class Corpora {

    private Corpora() {}

    /** The synthetic corpus with known clusters, written as {@code files} JSON Lines files (reports dealt round-robin). */
    static List<SyntheticCorpus.SyntheticReport> synthetic(long seed, int events, Path dir, int files) throws IOException {
        List<SyntheticCorpus.SyntheticReport> all = SyntheticCorpus.generate(seed, events);
        writeJsonl(all, dir, "synthetic", files);
        return all;
    }

    static void writeJsonl(List<SyntheticCorpus.SyntheticReport> reports, Path dir, String prefix, int files) throws IOException {
        Files.createDirectories(dir);
        List<List<SyntheticCorpus.SyntheticReport>> parts = new ArrayList<>();
        for (int i = 0; i < files; i++) parts.add(new ArrayList<>());
        for (int i = 0; i < reports.size(); i++) parts.get(i % files).add(reports.get(i));
        for (int i = 0; i < files; i++) {
            SyntheticCorpus.write(parts.get(i), dir.resolve(String.format("%s-%03d.jsonl", prefix, i)));
        }
    }

    /** A gzipped WARC archive holding these reports as HTML pages (the way a news crawl holds them). */
    static void warc(List<SyntheticCorpus.SyntheticReport> reports, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            for (SyntheticCorpus.SyntheticReport r : reports) {
                StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset='utf-8'><title>")
                        .append(escape(r.title())).append("</title><meta property='article:published_time' content='")
                        .append(r.published()).append("'></head><body><nav>Home | World | Sport</nav><article><h1>")
                        .append(escape(r.title())).append("</h1>");
                for (String para : r.text().split("\n+")) html.append("<p>").append(escape(para)).append("</p>");
                html.append("</article><footer>Copyright</footer></body></html>");
                byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
                byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                byte[] http = new byte[head.length + body.length];
                System.arraycopy(head, 0, http, 0, head.length);
                System.arraycopy(body, 0, http, head.length, body.length);
                w.write(new WarcResponse.Builder(URI.create(r.url())).date(Instant.parse(r.published() + "T06:00:00Z"))
                        .body(MediaType.HTTP_RESPONSE, http).build());
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The documents {@code peristiwa extract INPUT} reads: files below the input in name order, named as it names them. */
    static List<Document> documents(String input) {
        return documents(Path.of(input), input);
    }

    /** The documents of the files below {@code root}, named as if they were read from {@code asGiven}. */
    static List<Document> documents(Path root, String asGiven) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            files.add(root);
        }
        List<Document> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String name = f.equals(root) ? Path.of(asGiven).toString() : Path.of(asGiven).resolve(root.relativize(f)).toString();
            new DocumentReader(TextDecoder.DEFAULT_MAX_BYTES).read(name, f, sink(docs, problems));
        }
        if (!problems.isEmpty()) throw new IllegalStateException("the test corpus has unreadable parts: " + problems);
        return docs;
    }

    static DocumentSink sink(List<Document> docs, List<String> problems) {
        return new DocumentSink() {
            @Override
            public void document(Document d) {
                docs.add(d);
            }

            @Override
            public void problem(String where, String message) {
                problems.add(where + ": " + message);
            }
        };
    }

    /** What {@code peristiwa extract} prints for these documents, one line each. */
    static List<String> extractLines(List<Document> docs) {
        Extractor ex = Extractor.standard();
        List<String> out = new ArrayList<>(docs.size());
        for (Document d : docs) out.add(ReportJson.line(ex.extract(d, null)));
        return out;
    }

    /** The store's view of the same documents, ingested as {@code peristiwa ingest} does (batches of 256). */
    record Stored(Map<String, List<String>> membership, Map<String, String> eventJson) {}

    static Stored store(List<Document> docs, Path db) {
        Extractor ex = Extractor.standard();
        Map<String, String> json = new TreeMap<>();
        try (EventStore store = EventStore.open(db)) {
            for (int i = 0; i < docs.size(); i += 256) {
                List<Incoming> batch = new ArrayList<>();
                for (Document d : docs.subList(i, Math.min(docs.size(), i + 256))) batch.add(Incoming.of(ex.extract(d, null)));
                store.add(batch);
            }
            store.forEachEventJson(EventQuery.all(), j -> {
                String id = j.substring(j.indexOf("\"event_id\":\"") + 12);
                json.put(id.substring(0, id.indexOf('"')), j);
            });
            return new Stored(store.eventMembership(), json);
        }
    }

    /** How many times each line occurs. */
    static Map<String, Integer> counts(List<String> lines) {
        Map<String, Integer> out = new HashMap<>();
        for (String l : lines) out.merge(l, 1, Integer::sum);
        return out;
    }
}
