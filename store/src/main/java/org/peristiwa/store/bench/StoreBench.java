package org.peristiwa.store.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.peristiwa.Extractor;
import org.peristiwa.ingest.Document;
import org.peristiwa.ingest.PageMetadata;
import org.peristiwa.ingest.Sourced;
import org.peristiwa.merge.MergedEvent;
import org.peristiwa.report.Report;
import org.peristiwa.store.EventQuery;
import org.peristiwa.store.EventStore;
import org.peristiwa.store.Incoming;

/**
 * The event store's benchmarks. {@link #merge}: a synthetic corpus with known clusters is extracted and ingested;
 * pairwise merge precision and recall against the clusters, whether a shuffled ingest in other batches gives the
 * same events, and ingest throughput against extraction alone. {@link #query}: a store of N events (rows made from
 * a real merged record) and the time of filtered queries over it, and its size.
 */
public final class StoreBench {

    private StoreBench() {}

    public record MergeScore(int reports, int mentions, int clusters, int events, long truePairs, long predictedPairs,
                             double pairPrecision, double pairRecall, boolean sameEventsWhateverOrder,
                             double extractReportsPerSecond, double ingestReportsPerSecond, double ingestShareOfExtract,
                             long storeBytes, double bytesPerEvent) {}

    public static MergeScore merge(long seed, int syntheticEvents, Path workDir) throws IOException {
        List<SyntheticCorpus.SyntheticReport> corpus = SyntheticCorpus.generate(seed, syntheticEvents);
        List<Document> docs = new ArrayList<>();
        Map<String, String> clusterOfReport = new HashMap<>();
        for (SyntheticCorpus.SyntheticReport r : corpus) {
            PageMetadata page = new PageMetadata(new Sourced(r.title(), "bench"), new Sourced(r.published(), "bench"), null,
                    null, new Sourced(r.url(), "bench"), null, null);
            docs.add(new Document(r.url(), r.text(), page));
            clusterOfReport.put(Extractor.reportId(Extractor.reportText(docs.get(docs.size() - 1))), r.cluster());
        }
        Extractor ex = Extractor.standard();
        // warm up, then time extraction alone on one thread
        for (int i = 0; i < Math.min(docs.size(), 2000); i++) ex.extract(docs.get(i), null);
        long t0 = System.nanoTime();
        List<Incoming> extracted = new ArrayList<>();
        for (Document d : docs) extracted.add(Incoming.of(ex.extract(d, null)));
        double extractSecs = (System.nanoTime() - t0) / 1e9;

        // ingest as the command does on one thread: extract a batch, store it
        Path a = workDir.resolve("bench-merge-a.duckdb"), b = workDir.resolve("bench-merge-b.duckdb");
        Files.deleteIfExists(a);
        Files.deleteIfExists(b);
        Map<String, List<String>> eventsA;
        int mentions = 0, events;
        long truePairs = 0, predicted = 0, both = 0;
        long t1 = System.nanoTime();
        try (EventStore store = EventStore.open(a)) {
            for (int i = 0; i < docs.size(); i += 256) {
                List<Incoming> batch = new ArrayList<>();
                for (Document d : docs.subList(i, Math.min(docs.size(), i + 256))) batch.add(Incoming.of(ex.extract(d, null)));
                store.add(batch);
            }
        }
        double ingestSecs = (System.nanoTime() - t1) / 1e9;
        long bytes = Files.size(a);
        try (EventStore store = EventStore.openReadOnly(a)) {
            eventsA = store.eventMembership();
            // pairwise scores over the ACLED mentions of different reports
            List<String[]> labelled = new ArrayList<>(); // report id, its cluster, event id
            Map<String, Boolean> acled = new HashMap<>();
            for (MergedEvent ev : store.events(EventQuery.all().acled())) acled.put(ev.id(), true);
            for (Map.Entry<String, List<String>> ev : eventsA.entrySet()) {
                if (!acled.containsKey(ev.getKey())) continue;
                for (String m : ev.getValue()) {
                    String report = m.substring(0, m.lastIndexOf('-'));
                    labelled.add(new String[] {report, clusterOfReport.get(report), ev.getKey()});
                }
            }
            mentions = labelled.size();
            events = (int) store.count(EventQuery.all().acled());
            for (int i = 0; i < labelled.size(); i++) {
                for (int j = i + 1; j < labelled.size(); j++) {
                    String[] x = labelled.get(i), y = labelled.get(j);
                    if (x[0].equals(y[0])) continue;
                    boolean t = x[1] != null && x[1].equals(y[1]), p = x[2].equals(y[2]);
                    if (t) truePairs++;
                    if (p) predicted++;
                    if (t && p) both++;
                }
            }
        }
        // the same reports shuffled, in batches of another size
        List<Incoming> shuffled = new ArrayList<>(extracted);
        Collections.shuffle(shuffled, new Random(seed + 1));
        try (EventStore store = EventStore.open(b)) {
            for (int i = 0; i < shuffled.size(); i += 97) store.add(shuffled.subList(i, Math.min(shuffled.size(), i + 97)));
            boolean same = eventsA.equals(store.eventMembership());
            int clusters = (int) corpus.stream().map(SyntheticCorpus.SyntheticReport::cluster).distinct().count();
            double extractRate = docs.size() / extractSecs, ingestRate = docs.size() / ingestSecs;
            return new MergeScore(docs.size(), mentions, clusters, events, truePairs, predicted,
                    predicted == 0 ? 0 : (double) both / predicted, truePairs == 0 ? 0 : (double) both / truePairs, same,
                    extractRate, ingestRate, ingestRate / extractRate, bytes, events == 0 ? 0 : (double) bytes / events);
        }
    }

    public record QueryScore(long events, long storeBytes, double buildSeconds, Map<String, Double> millis) {}

    /** Builds a store of {@code n} events (each a copy of one real merged record, with varied columns) and times queries. */
    public static QueryScore query(Path db, int n) throws IOException, SQLException {
        Files.deleteIfExists(db);
        // one real merged record gives the JSON each row carries, so the size is a real one
        Report r = Extractor.standard().extract("Gunmen killed at least five villagers in Konduga, Borno State, on Monday,"
                + " local officials told AFP.", "bench", java.time.LocalDate.of(2021, 3, 3));
        try (EventStore store = EventStore.open(db)) {
            store.add(List.of(Incoming.of(r)));
        }
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath()); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE one AS SELECT event_json FROM events LIMIT 1");
            s.execute("DELETE FROM events");
            s.execute("INSERT INTO events SELECT 'ev-' || lpad(to_hex(i), 16, '0'),"
                    + " DATE '2018-01-01' + CAST(i % 2500 AS INTEGER), 1 + CAST(i % 3 AS INTEGER),"
                    + " ['Battles','Violence against civilians','Explosions/Remote violence','Protests','Riots'][1 + CAST(i % 5 AS INTEGER)],"
                    + " ['Armed clash','Attack','Air/drone strike','Peaceful protest','Mob violence'][1 + CAST(i % 5 AS INTEGER)],"
                    + " CASE WHEN i % 10 = 0 THEN 'threatened' ELSE 'asserted' END,"
                    + " 'Actor ' || CAST(i % 997 AS VARCHAR), 'Civilians', "
                    + " ['Nigeria','Syria','Indonesia','Afghanistan','Yemen','Mali','Myanmar','Sudan'][1 + CAST(i % 8 AS INTEGER)],"
                    + " 'Region ' || CAST(i % 37 AS VARCHAR), NULL, 'Town ' || CAST(i % 5003 AS VARCHAR),"
                    + " -35 + (i * 7919 % 7000) / 100.0, -20 + (i * 104729 % 16000) / 100.0, 1, CAST(i % 13 AS INTEGER), NULL, NULL,"
                    + " 1 + CAST(i % 4 AS INTEGER), 1 + CAST(i % 3 AS INTEGER), '|independent_media|',"
                    + " (SELECT event_json FROM one) FROM range(" + n + ") t(i)");
            s.execute("CHECKPOINT");
        }
        double build = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> millis = new LinkedHashMap<>();
        try (EventStore store = EventStore.openReadOnly(db)) {
            Map<String, EventQuery> qs = new LinkedHashMap<>();
            qs.put("country + date range, first page", new EventQuery(java.time.LocalDate.of(2019, 1, 1), java.time.LocalDate.of(2019, 3, 31),
                    "Nigeria", null, null, null, null, null, null, null, null, false, 100, 0));
            qs.put("bounding box + sub-type + min fatalities", new EventQuery(null, null, null, null, new double[] {0, 0, 20, 20},
                    null, "Attack", null, 5, null, null, false, 100, 0));
            qs.put("actor words, ACLED events only", new EventQuery(null, null, null, null, null, null, null, "Actor 42", null, null,
                    null, true, 100, 0));
            for (Map.Entry<String, EventQuery> q : qs.entrySet()) {
                store.events(q.getValue());
                store.count(q.getValue()); // warm
                long t = System.nanoTime();
                store.events(q.getValue());
                store.count(q.getValue());
                millis.put(q.getKey(), (System.nanoTime() - t) / 1e6);
            }
        }
        return new QueryScore(n, Files.size(db), build, millis);
    }
}
