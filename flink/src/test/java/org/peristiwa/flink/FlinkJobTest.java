package org.peristiwa.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.peristiwa.ingest.Document;
import org.peristiwa.store.bench.SyntheticCorpus;

/**
 * The job on a MiniCluster (two slots, parallelism 2) over a corpus of JSON Lines files, a WARC archive and plain
 * texts: every per-report record byte-identical to what {@code peristiwa extract} prints, and the merged events
 * (ids, members, whole records) the same as the event store's for the same documents. Also the Parquet output.
 */
class FlinkJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sameRecordsAsExtractAndSameEventsAsTheStore(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        List<SyntheticCorpus.SyntheticReport> reports = SyntheticCorpus.generate(7, 220);
        Corpora.warc(reports.subList(0, 24), corpus.resolve("crawl/news-00001.warc.gz"));
        Corpora.writeJsonl(reports.subList(24, reports.size()), corpus.resolve("feeds"), "reports", 4);
        Path examples = Path.of("../examples/en");
        if (Files.isDirectory(examples)) {
            Files.createDirectories(corpus.resolve("texts"));
            try (Stream<Path> s = Files.list(examples)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) Files.copy(p, corpus.resolve("texts").resolve(p.getFileName()));
            }
        }
        Path out = tmp.resolve("out");
        JobOptions o = JobOptions.parse("--input", corpus.toString(), "--out", out.toString(), "--format", "jsonl,parquet",
                "--parallelism", "2", "--checkpoint-interval", "1", "--checkpoint-dir", tmp.resolve("checkpoints").toUri().toString());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(PeristiwaJob.localDefaults(PeristiwaJob.configuration(o)));
        PeristiwaJob.build(env, o);
        env.execute("peristiwa test");

        List<Document> docs = Corpora.documents(corpus.toString());
        assertTrue(docs.size() > reports.size() - 5, "the corpus reads as " + docs.size() + " documents");

        // per-report records: byte-identical to 'extract', each once
        List<String> expected = Corpora.extractLines(docs);
        List<String> actual = EventChangelog.lines(out.resolve("reports"));
        assertEquals(expected.size(), actual.size());
        assertEquals(Corpora.counts(expected), Corpora.counts(actual));

        // merged events: the store's, id for id and member for member, and the same merged record
        Corpora.Stored stored = Corpora.store(docs, tmp.resolve("store.duckdb"));
        Map<String, JsonNode> events = EventChangelog.replay(EventChangelog.lines(out.resolve("events")));
        Map<String, List<String>> membership = EventChangelog.membership(events);
        assertEquals(stored.membership(), membership);
        assertEquals(events.size(), EventChangelog.countStanding(out.resolve("events")));
        assertEquals(actual.size(), EventChangelog.countLines(out.resolve("reports")));
        long merged = membership.values().stream().filter(m -> m.size() > 1).count();
        assertTrue(merged > 50, "only " + merged + " events merge several reports");
        long deletes = EventChangelog.lines(out.resolve("events")).stream().filter(l -> l.startsWith("{\"op\":\"delete\"")).count();
        System.out.printf("FlinkJobTest: %d documents, %d records, %d events (%d merge several reports), %d changes of which %d deletes%n",
                docs.size(), actual.size(), events.size(), merged, EventChangelog.lines(out.resolve("events")).size(), deletes);
        for (Map.Entry<String, JsonNode> e : events.entrySet()) {
            assertEquals(JSON.readTree(stored.eventJson().get(e.getKey())), e.getValue(), "event " + e.getKey());
        }

        // Parquet: the same records and, after the changelog, the same events (read with DuckDB)
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            List<String> jsons = new ArrayList<>();
            try (ResultSet r = st.executeQuery("SELECT record_json FROM read_parquet('" + out.resolve("reports-parquet") + "/*.parquet')")) {
                while (r.next()) jsons.add(r.getString(1));
            }
            assertEquals(Corpora.counts(expected), Corpora.counts(jsons));
            Map<String, List<String>> fromParquet = new TreeMap<>();
            try (ResultSet r = st.executeQuery("SELECT event_id, list_sort(mention_ids) FROM read_parquet('"
                    + out.resolve("events-parquet") + "/*.parquet') QUALIFY row_number() OVER (PARTITION BY event_id"
                    + " ORDER BY version DESC) = 1 AND op = 'upsert'")) {
                while (r.next()) {
                    List<String> ids = new ArrayList<>();
                    for (Object x : (Object[]) r.getArray(2).getArray()) ids.add(x.toString());
                    fromParquet.put(r.getString(1), ids);
                }
            }
            assertEquals(stored.membership(), fromParquet);
        }
    }
}
